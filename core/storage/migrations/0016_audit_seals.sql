-- Forward-secure seals over the audit chain (core/storage/auditseal.h).
-- Each audit append seals the records it wrote: one row per epoch, with a MAC
-- under that epoch's key. The key then moves one way to the next epoch, so
-- the journal holds only the key of the epoch to come: whoever takes the file
-- cannot forge the seal of any earlier epoch. The verification key (the key
-- of epoch 0) is shown once when sealing starts and is not stored here.
CREATE TABLE audit_seal (
    epoch BIGINT PRIMARY KEY,
    -- The audit records this seal covers: ids first..last, record_count of them.
    first_audit_id BIGINT NOT NULL,
    last_audit_id BIGINT NOT NULL,
    record_count BIGINT NOT NULL,
    -- The hash of record last_audit_id, which chains every record before it.
    head_hash TEXT NOT NULL,
    sealed_at BIGINT NOT NULL,
    -- A one-way check value of the next epoch's key, so a check without the
    -- verification key still sees a replaced key or a seal removed at the end.
    next_key_check TEXT NOT NULL,
    mac TEXT NOT NULL
);

-- The one sealing key: the key of the next epoch to seal. Each seal replaces it.
CREATE TABLE audit_seal_key (
    slot INTEGER PRIMARY KEY CHECK (slot = 1),
    epoch BIGINT NOT NULL,
    sealing_key TEXT NOT NULL,
    -- The last audit record sealed so far.
    sealed_up_to BIGINT NOT NULL
);
