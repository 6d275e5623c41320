#pragma once

#include <QSslConfiguration>
#include <QString>

#include <optional>

// The server side of --tls-cert/--tls-key: a certificate chain (PEM, leaf
// first) and its private key (PEM, EC or RSA).
namespace TlsConfig {

[[nodiscard]] std::optional<QSslConfiguration> load(const QString& certificateFile,
                                                    const QString& keyFile, QString* error);

} // namespace TlsConfig
