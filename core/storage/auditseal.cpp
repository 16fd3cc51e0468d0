#include "auditseal.h"

#include <sodium.h>

#include <QRegularExpression>
#include <QStringList>
#include <QtGlobal>

#include <cstring>

namespace trinn::auditseal {
namespace {

static_assert(crypto_kdf_KEYBYTES == 32 && crypto_auth_KEYBYTES == 32 && crypto_auth_BYTES == 32);
// crypto_kdf's context: 8 bytes that keep these keys apart from any other use.
constexpr char context[crypto_kdf_CONTEXTBYTES + 1] = "TrinnAud";
// The sub-keys one epoch key derives, each for one purpose only.
enum SubKey : quint64 { MacKey = 1, NextKey = 2, CheckValue = 3 };

bool sodiumReady()
{
    // sodium_init fails only without a source of randomness; a sealing key
    // of zeros would seal nothing, so that is not an error to carry on from.
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        qFatal("libsodium could not start: no source of randomness");
    return ready;
}

QString hexOf(const unsigned char *bytes, size_t length)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes), qsizetype(length)).toHex());
}

} // namespace

Key::Key()
{
    std::memset(m_bytes, 0, sizeof m_bytes);
}

Key::~Key()
{
    sodium_memzero(m_bytes, sizeof m_bytes);
}

Key::Key(const Key &other)
{
    std::memcpy(m_bytes, other.m_bytes, sizeof m_bytes);
}

Key &Key::operator=(const Key &other)
{
    std::memcpy(m_bytes, other.m_bytes, sizeof m_bytes);
    return *this;
}

Key Key::random()
{
    Key key;
    if (sodiumReady())
        crypto_kdf_keygen(key.m_bytes);
    return key;
}

std::optional<Key> Key::fromBytes(const QByteArray &bytes)
{
    if (bytes.size() != qsizetype(sizeof m_bytes))
        return std::nullopt;
    Key key;
    std::memcpy(key.m_bytes, bytes.constData(), sizeof key.m_bytes);
    return key;
}

Key Key::next() const
{
    Key next;
    if (sodiumReady())
        crypto_kdf_derive_from_key(next.m_bytes, sizeof next.m_bytes, NextKey, context, m_bytes);
    return next;
}

QString Key::mac(const QByteArray &message) const
{
    unsigned char macKey[crypto_auth_KEYBYTES];
    unsigned char tag[crypto_auth_BYTES];
    if (!sodiumReady())
        return QString();
    crypto_kdf_derive_from_key(macKey, sizeof macKey, MacKey, context, m_bytes);
    crypto_auth(tag, reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()), macKey);
    sodium_memzero(macKey, sizeof macKey);
    return hexOf(tag, sizeof tag);
}

QString Key::check() const
{
    unsigned char value[32];
    if (!sodiumReady())
        return QString();
    crypto_kdf_derive_from_key(value, sizeof value, CheckValue, context, m_bytes);
    return hexOf(value, sizeof value);
}

QString Key::toHex() const
{
    return hexOf(m_bytes, sizeof m_bytes);
}

bool Key::operator==(const Key &other) const
{
    return sodium_memcmp(m_bytes, other.m_bytes, sizeof m_bytes) == 0;
}

QString formatVerificationKey(const Key &key)
{
    const QString hex = key.toHex();
    QStringList groups;
    for (qsizetype at = 0; at < hex.size(); at += 8)
        groups << hex.mid(at, 8);
    return groups.join(QLatin1Char('-'));
}

std::optional<Key> parseVerificationKey(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s-]"));
    static const QRegularExpression hexDigits(QStringLiteral("^[0-9a-fA-F]{64}$"));
    QString digits = text;
    digits.remove(separators);
    if (!hexDigits.match(digits).hasMatch())
        return std::nullopt;
    return Key::fromBytes(QByteArray::fromHex(digits.toLatin1()));
}

} // namespace trinn::auditseal
