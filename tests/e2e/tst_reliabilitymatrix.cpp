#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// Keeps docs/reliability.md true: every case of the fault matrix is listed,
// every test function it names exists and passes now, the faultmatrix
// executables hold no unlisted function, and the test key appears in none of
// the output (case 16 over the whole matrix).
class TestReliabilityMatrix final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void listsEveryCaseAsPassing();
    void listsEveryFaultMatrixFunction();
    void everyListedFunctionPasses_data();
    void everyListedFunctionPasses();
    void noOutputContainsTheKey();

private:
    struct CtestEntry {
        QStringList command;
        QStringList environment;
        QString workingDirectory;
    };
    QStringList listedFunctions(const QString& test) const;

    QMap<int, QString> m_results;           // case number -> result cell
    QMap<QString, QStringList> m_functions; // ctest name -> functions listed
    QMap<QString, CtestEntry> m_ctest;      // ctest name -> how ctest runs it
    QByteArray m_allOutput;
};

namespace {

const QStringList keys{u"test-key-7f3a9c"_s};

QByteArray run(const QStringList& command, const QStringList& environment, const QString& directory,
               int* exitCode, int timeoutMs = 900'000) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& assignment : environment)
        env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!directory.isEmpty())
        process.setWorkingDirectory(directory);
    process.start(command.first(), command.mid(1));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        *exitCode = -1;
        return process.readAll();
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return process.readAll();
}

} // namespace

void TestReliabilityMatrix::initTestCase() {
    QFile doc(QStringLiteral(VIDEOREMIX_SOURCE_DIR "/docs/reliability.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly | QIODevice::Text));
    static const QRegularExpression row(uR"(^\|\s*(\d+)\s*\|.*\|(.*)\|\s*(\S*)\s*\|\s*$)"_s);
    static const QRegularExpression reference(u"`([A-Za-z0-9_]+)::([A-Za-z0-9_]+)`"_s);
    const QStringList lines = QString::fromUtf8(doc.readAll()).split(u'\n');
    for (const QString& line : lines) {
        const auto match = row.match(line);
        if (!match.hasMatch())
            continue;
        const int number = match.captured(1).toInt();
        m_results.insert(number, match.captured(3));
        auto it = reference.globalMatch(match.captured(2));
        while (it.hasNext()) {
            const auto ref = it.next();
            QStringList& functions = m_functions[ref.captured(1)];
            if (!functions.contains(ref.captured(2)))
                functions << ref.captured(2);
        }
    }

    int exitCode = 0;
    const QByteArray json =
        run({QStringLiteral(VIDEOREMIX_CTEST_COMMAND), u"--show-only=json-v1"_s}, {},
            QStringLiteral(VIDEOREMIX_BINARY_DIR), &exitCode, 60'000);
    QCOMPARE(exitCode, 0);
    const QJsonArray tests =
        QJsonDocument::fromJson(json.mid(json.indexOf('{')))[u"tests"_s].toArray();
    QVERIFY(!tests.isEmpty());
    for (const QJsonValue& test : tests) {
        CtestEntry entry;
        for (const QJsonValue& part : test[u"command"_s].toArray())
            entry.command << part.toString();
        for (const QJsonValue& property : test[u"properties"_s].toArray()) {
            if (property[u"name"_s].toString() == u"ENVIRONMENT"_s) {
                for (const QJsonValue& assignment : property[u"value"_s].toArray())
                    entry.environment << assignment.toString();
            } else if (property[u"name"_s].toString() == u"WORKING_DIRECTORY"_s) {
                entry.workingDirectory = property[u"value"_s].toString();
            }
        }
        m_ctest.insert(test[u"name"_s].toString(), entry);
    }
}

QStringList TestReliabilityMatrix::listedFunctions(const QString& test) const {
    return m_functions.value(test);
}

void TestReliabilityMatrix::listsEveryCaseAsPassing() {
    // Numbered 1 to N without a gap; the document only ever grows.
    const int cases = int(m_results.size());
    QVERIFY2(cases >= 17, qPrintable(u"only %1 cases"_s.arg(cases)));
    for (int number = 1; number <= cases; ++number) {
        QVERIFY2(m_results.contains(number), qPrintable(u"case %1 is missing"_s.arg(number)));
        QVERIFY2(m_results.value(number) == u"pass"_s,
                 qPrintable(u"case %1 says %2"_s.arg(number).arg(m_results.value(number))));
    }
    for (auto it = m_functions.cbegin(); it != m_functions.cend(); ++it)
        QVERIFY2(m_ctest.contains(it.key()),
                 qPrintable(it.key() + u" is not a ctest test in this build"_s));
}

void TestReliabilityMatrix::listsEveryFaultMatrixFunction() {
    int executables = 0;
    for (auto it = m_ctest.cbegin(); it != m_ctest.cend(); ++it) {
        if (!it.key().startsWith(u"tst_faultmatrix"_s))
            continue;
        ++executables;
        int exitCode = 0;
        const QByteArray listing = run(it->command + QStringList{u"-functions"_s}, it->environment,
                                       it->workingDirectory, &exitCode, 60'000);
        QCOMPARE(exitCode, 0);
        for (const QByteArray& line : listing.split('\n')) {
            const QString function = QString::fromLatin1(line.trimmed()).section(u'(', 0, 0);
            if (function.isEmpty() || function.endsWith(u"_data"_s))
                continue;
            QVERIFY2(
                listedFunctions(it.key()).contains(function),
                qPrintable(it.key() + u"::"_s + function + u" is not in docs/reliability.md"_s));
        }
    }
    QCOMPARE(executables, 4);
}

void TestReliabilityMatrix::everyListedFunctionPasses_data() {
    QTest::addColumn<QString>("test");
    for (auto it = m_functions.cbegin(); it != m_functions.cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key();
}

void TestReliabilityMatrix::everyListedFunctionPasses() {
    QFETCH(QString, test);
    QVERIFY2(m_ctest.contains(test), qPrintable(test + u" is not a ctest test"_s));
    const CtestEntry entry = m_ctest.value(test);
    const QStringList functions = listedFunctions(test);
    int exitCode = 0;
    const QByteArray output =
        run(entry.command + functions, entry.environment, entry.workingDirectory, &exitCode);
    m_allOutput += output;
    QSet<QString> passed;
    QStringList problems;
    static const QRegularExpression result(
        uR"(^(PASS   |FAIL!  |SKIP   |XFAIL  |XPASS  ): \w+::(\w+)\()"_s);
    const QList<QByteArray> lines = output.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto match = result.match(QString::fromUtf8(lines.at(i)));
        if (!match.hasMatch())
            continue;
        if (match.captured(1) == u"PASS   "_s) {
            passed << match.captured(2);
            continue;
        }
        // The message may span lines, up to its location.
        QString problem = QString::fromUtf8(lines.at(i));
        for (qsizetype k = i + 1;
             k < lines.size() && k < i + 12 && !lines.at(k - 1).startsWith("   Loc:"); ++k)
            problem += u'\n' + QString::fromUtf8(lines.at(k));
        problems << problem;
    }
    for (const QString& function : functions) {
        if (!passed.contains(function))
            problems << function + u" did not pass"_s;
    }
    QVERIFY2(problems.isEmpty() && exitCode == 0,
             qPrintable(problems.join(u'\n') + u"\nexit code "_s + QString::number(exitCode) +
                        u'\n' + QString::fromUtf8(output.right(4000))));
}

void TestReliabilityMatrix::noOutputContainsTheKey() {
    QVERIFY(m_allOutput.size() > 1000);
    for (const QString& key : keys)
        QVERIFY2(!m_allOutput.contains(key.toUtf8()),
                 "the test key appears in the output of the matrix");
}

QTEST_GUILESS_MAIN(TestReliabilityMatrix)
#include "tst_reliabilitymatrix.moc"
