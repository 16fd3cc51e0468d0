#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace trinn::auditseal {

/// One epoch's sealing key (32 bytes), wiped when it goes out of scope.
/// Only libsodium's primitives are used: keys move forward with
/// crypto_kdf (BLAKE2b), seals are crypto_auth (HMAC-SHA-512-256).
class Key
{
public:
    Key();
    ~Key();
    Key(const Key &other);
    Key &operator=(const Key &other);

    /// A fresh random key: the key of epoch 0, which is the verification key.
    static Key random();
    /// A key from its stored or shown bytes; nothing when they are not 32 bytes.
    static std::optional<Key> fromBytes(const QByteArray &bytes);

    /// The key of the next epoch. One way: this key cannot be found from it.
    Key next() const;
    /// The seal of `message` under this epoch's key (hex).
    QString mac(const QByteArray &message) const;
    /// A one-way check value of this key (hex), stored in the seal before it,
    /// so that a check without the verification key sees a replaced key.
    QString check() const;

    QString toHex() const;
    bool operator==(const Key &other) const;

private:
    unsigned char m_bytes[32];
};

/// The verification key as shown to the administrator: 8 groups of 8 hex digits.
QString formatVerificationKey(const Key &key);
/// The key back from what the administrator typed (groups, spaces and case
/// as they like); nothing when it is not a verification key.
std::optional<Key> parseVerificationKey(const QString &text);

} // namespace trinn::auditseal
