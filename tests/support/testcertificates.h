#pragma once

// Certificates made at test time with the `openssl` command (never committed: the private keys
// live in a temporary folder for one run): a test CA, and server certificates that are
// self-signed, expired, for another host, or good (signed by the test CA for 127.0.0.1).
#include "processwait.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

struct TestCertificate
{
    QSslCertificate certificate;
    QSslKey key;
    bool isValid() const { return !certificate.isNull() && !key.isNull(); }
};

class TestCertificates final
{
public:
    // Empty when everything was made; otherwise what failed (openssl missing, a bad option...).
    QString make()
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        const QStringList ec = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
        QString error = run(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                            + QStringList{QStringLiteral("-keyout"), path("ca.key"), QStringLiteral("-out"), path("ca.pem"),
                                          QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                                          QStringLiteral("/CN=SessionScope Test CA"), QStringLiteral("-addext"),
                                          QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                                          QStringLiteral("keyUsage=keyCertSign,cRLSign")});
        error += run(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                     + QStringList{QStringLiteral("-keyout"), path("self.key"), QStringLiteral("-out"), path("self.pem"),
                                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                                   QStringLiteral("subjectAltName=IP:127.0.0.1")});
        writeText(QStringLiteral("ca.cnf"),
                  "[ca]\ndefault_ca=test\n[test]\ndatabase=index.txt\nnew_certs_dir=.\nserial=serial\n"
                  "default_md=sha256\npolicy=any\ncopy_extensions=copy\nunique_subject=no\n[any]\ncommonName=supplied\n");
        writeText(QStringLiteral("index.txt"), "");
        writeText(QStringLiteral("serial"), "01\n");
        error += signedLeaf(ec, QStringLiteral("good"), QStringLiteral("127.0.0.1"), QStringLiteral("IP:127.0.0.1"), {});
        error += signedLeaf(ec, QStringLiteral("expired"), QStringLiteral("127.0.0.1"), QStringLiteral("IP:127.0.0.1"),
                            {QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
                             QStringLiteral("20200201000000Z")});
        error += signedLeaf(ec, QStringLiteral("otherhost"), QStringLiteral("sessions.example.org"),
                            QStringLiteral("DNS:sessions.example.org"), {});
        return error;
    }

    QSslCertificate authority() const { return load(QStringLiteral("ca")).certificate; }
    TestCertificate selfSigned() const { return load(QStringLiteral("self")); }
    TestCertificate expired() const { return load(QStringLiteral("expired")); }
    TestCertificate otherHost() const { return load(QStringLiteral("otherhost")); }
    TestCertificate good() const { return load(QStringLiteral("good")); }
    QString folder() const { return m_dir.path(); }

private:
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    void writeText(const QString &name, const QByteArray &text) const
    {
        QFile f(m_dir.filePath(name));
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(text);
    }

    QString run(const QStringList &args) const
    {
        QProcess openssl;
        openssl.setWorkingDirectory(m_dir.path());
        openssl.start(QStringLiteral("openssl"), args);
        if (!waitForExit(openssl, 30'000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0)
            return QStringLiteral("openssl %1 failed: %2 %3\n")
                .arg(args.join(QLatin1Char(' ')), openssl.errorString(),
                     QString::fromLocal8Bit(openssl.readAllStandardError()));
        return {};
    }

    // A key and a request for `cn` with `san`, signed by the test CA (`openssl ca`, which alone
    // takes an explicit start date: how an expired certificate is made without faking time).
    QString signedLeaf(const QStringList &ec, const QString &name, const QString &cn, const QString &san,
                       const QStringList &dates) const
    {
        QString error = run(QStringList{QStringLiteral("req")} + ec
                            + QStringList{QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                                          name + QStringLiteral(".csr"), QStringLiteral("-subj"), QStringLiteral("/CN=") + cn,
                                          QStringLiteral("-addext"), QStringLiteral("subjectAltName=") + san});
        const QStringList validity = dates.isEmpty() ? QStringList{QStringLiteral("-days"), QStringLiteral("2")} : dates;
        error += run(QStringList{QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-notext"),
                                 QStringLiteral("-config"), QStringLiteral("ca.cnf"), QStringLiteral("-cert"),
                                 QStringLiteral("ca.pem"), QStringLiteral("-keyfile"), QStringLiteral("ca.key"),
                                 QStringLiteral("-in"), name + QStringLiteral(".csr"), QStringLiteral("-out"),
                                 name + QStringLiteral(".pem")}
                     + validity);
        return error;
    }

    TestCertificate load(const QString &name) const
    {
        TestCertificate c;
        QFile pem(m_dir.filePath(name + QStringLiteral(".pem")));
        if (pem.open(QIODevice::ReadOnly))
            c.certificate = QSslCertificate(pem.readAll(), QSsl::Pem);
        QFile key(m_dir.filePath(name + QStringLiteral(".key")));
        if (key.open(QIODevice::ReadOnly))
            c.key = QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem);
        return c;
    }

    QTemporaryDir m_dir;
};
