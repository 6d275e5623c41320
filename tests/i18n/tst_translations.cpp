// The catalogues keep up with the sources: every message of both .ts files is
// translated and finished, keeps its placeholders and shortcut, and the sources
// hold no user-visible string that lupdate would still have to add.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message final {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty (finished)
    QStringList translations;

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString where() const { return u"[%1] \"%2\""_s.arg(context, source.left(70)); }
    bool isLive() const { return type != u"vanished"_s && type != u"obsolete"_s; }
};

struct Catalogue final {
    QString language;
    QList<Message> messages;
    QString error;
};

Catalogue readCatalogue(const QString& path) {
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS"_s) {
                catalogue.language = xml.attributes().value(u"language"_s).toString();
            } else if (name == u"name"_s) {
                context = xml.readElementText();
            } else if (name == u"message"_s) {
                message = Message{};
                message.context = context;
                message.numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
            } else if (name == u"source"_s) {
                message.source = xml.readElementText();
            } else if (name == u"comment"_s) {
                message.comment = xml.readElementText();
            } else if (name == u"translation"_s) {
                message.type = xml.attributes().value(u"type"_s).toString();
                if (!message.numerus)
                    message.translations.append(xml.readElementText());
            } else if (name == u"numerusform"_s) {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message"_s) {
            catalogue.messages.append(message);
        }
    }
    if (xml.hasError())
        catalogue.error = xml.errorString();
    return catalogue;
}

// %1 … %99 and %n, as a sorted list (repeats count once).
QStringList placeholders(const QString& text) {
    static const QRegularExpression pattern(u"%(\\d{1,2}|n)"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text))
        found.insert(match.captured(0));
    QStringList list(found.cbegin(), found.cend());
    list.sort();
    return list;
}

// The letter of a keyboard shortcut: "&File", "文件(&F)" -> f; "&&" is a literal ampersand.
QChar mnemonic(const QString& text) {
    static const QRegularExpression pattern(u"(?:^|[^&])&([^&\\s])"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(1).at(0).toLower() : QChar();
}

bool hasChinese(const QString& text) {
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
}

// Words that stay as they are in Chinese: names, protocols, formats.
bool onlyUntranslatableWords(const QString& text) {
    static const QSet<QString> allowed{u"VideoRemix"_s, u"API"_s,    u"URL"_s, u"HTTP"_s,
                                       u"HTTPS"_s,      u"SOCKS5"_s, u"MP4"_s, u"JSON"_s,
                                       u"ID"_s,         u"curl"_s,   u"TLS"_s, u"MiB"_s};
    static const QRegularExpression url(u"[a-z]+://\\S*"_s);
    static const QRegularExpression word(u"[A-Za-z][A-Za-z0-9_-]*"_s);
    for (const QRegularExpressionMatch& match : word.globalMatch(QString(text).remove(url))) {
        if (!allowed.contains(match.captured(0)) && match.captured(0) != u"n"_s)
            return false;
    }
    return true;
}

QString sourceDirectory() {
    return QStringLiteral(VIDEOREMIX_TRANSLATIONS_DIR);
}

const QStringList& catalogueNames() {
    static const QStringList names{u"videoremix_zh_CN.ts"_s, u"videoremix_en.ts"_s};
    return names;
}

QString report(const QStringList& problems) {
    const qsizetype shown = std::min<qsizetype>(problems.size(), 40);
    QString text =
        u"%1 problem(s):\n  "_s.arg(problems.size()) + problems.mid(0, shown).join(u"\n  "_s);
    if (shown < problems.size())
        text += u"\n  …"_s;
    return text;
}

} // namespace

class TestTranslations final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void everyMessageIsTranslatedAndFinished_data();
    void everyMessageIsTranslatedAndFinished();
    void translationsKeepPlaceholdersAndShortcuts_data();
    void translationsKeepPlaceholdersAndShortcuts();
    void chineseTranslationsAreNotLeftInEnglish();
    void chineseUsesTheGlossaryTerms();
    void sourcesHoldNoStringMissingFromTheCatalogues();

private:
    QHash<QString, Catalogue> m_catalogues;
};

void TestTranslations::initTestCase() {
    for (const QString& name : catalogueNames()) {
        const Catalogue catalogue = readCatalogue(QDir(sourceDirectory()).filePath(name));
        QVERIFY2(catalogue.error.isEmpty(), qPrintable(name + u": "_s + catalogue.error));
        QVERIFY2(!catalogue.messages.isEmpty(), qPrintable(name + u" holds no messages"_s));
        m_catalogues.insert(name, catalogue);
    }
}

void TestTranslations::everyMessageIsTranslatedAndFinished_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("zh_CN") << u"videoremix_zh_CN.ts"_s << u"zh_CN"_s << 1;
    QTest::newRow("en") << u"videoremix_en.ts"_s << u"en"_s << 2;
}

void TestTranslations::everyMessageIsTranslatedAndFinished() {
    QFETCH(QString, name);
    QFETCH(QString, language);
    QFETCH(int, pluralForms);
    const Catalogue& catalogue = m_catalogues[name];
    QVERIFY2(catalogue.language.startsWith(language),
             qPrintable(u"language=\"%1\""_s.arg(catalogue.language)));
    QStringList problems;
    for (const Message& message : catalogue.messages) {
        if (!message.type.isEmpty()) {
            problems << message.where() + u" is "_s + message.type;
            continue;
        }
        const qsizetype forms = message.numerus ? pluralForms : 1;
        if (message.translations.size() != forms)
            problems
                << message.where() +
                       u" has %1 form(s), not %2"_s.arg(message.translations.size()).arg(forms);
        for (const QString& translation : message.translations) {
            if (translation.trimmed().isEmpty())
                problems << message.where() + u" has an empty translation"_s;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

void TestTranslations::translationsKeepPlaceholdersAndShortcuts_data() {
    everyMessageIsTranslatedAndFinished_data();
}

void TestTranslations::translationsKeepPlaceholdersAndShortcuts() {
    QFETCH(QString, name);
    QStringList problems;
    for (const Message& message : std::as_const(m_catalogues[name].messages)) {
        for (const QString& translation : message.translations) {
            if (translation.isEmpty())
                continue; // reported above
            if (placeholders(translation) != placeholders(message.source))
                problems << message.where() + u": placeholders %1 became %2 in \"%3\""_s.arg(
                                                  placeholders(message.source).join(u' '),
                                                  placeholders(translation).join(u' '),
                                                  translation);
            // The same letter in both languages.
            if (mnemonic(message.source) != mnemonic(translation))
                problems << message.where() +
                                u": the shortcut (&%1) became (&%2) in \"%3\""_s.arg(
                                    mnemonic(message.source), mnemonic(translation), translation);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

void TestTranslations::chineseTranslationsAreNotLeftInEnglish() {
    QStringList problems;
    for (const Message& message : std::as_const(m_catalogues[u"videoremix_zh_CN.ts"_s].messages)) {
        for (const QString& translation : message.translations) {
            if (!translation.isEmpty() && !hasChinese(translation) &&
                !onlyUntranslatableWords(translation))
                problems << message.where() + u" is still English: \"%1\""_s.arg(translation);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

// The terms listed under "Checked terms" in GLOSSARY.md, one Chinese word each.
void TestTranslations::chineseUsesTheGlossaryTerms() {
    QFile glossary(QDir(sourceDirectory()).filePath(u"GLOSSARY.md"_s));
    QVERIFY(glossary.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(glossary.readAll());
    const qsizetype section = text.indexOf(u"## Checked terms"_s);
    QVERIFY2(section >= 0, "GLOSSARY.md has no \"Checked terms\" section");
    QList<std::pair<QRegularExpression, QString>> terms;
    for (const QString& line : text.mid(section).split(u'\n')) {
        if (!line.contains(u'=') || line.startsWith(u'`'))
            continue;
        for (const QString& pair : line.split(u", "_s)) {
            const QString english = pair.section(u'=', 0, 0).trimmed();
            const QString chinese = pair.section(u'=', 1).trimmed();
            // The word alone, plural or past tense too, never inside "VideoRemix".
            terms.append(
                {QRegularExpression(u"(?<![A-Za-z])"_s + QRegularExpression::escape(english) +
                                        u"(s|es|ed)?(?![A-Za-z])"_s,
                                    QRegularExpression::CaseInsensitiveOption),
                 chinese});
        }
        break;
    }
    QVERIFY2(terms.size() >= 5, "GLOSSARY.md lists too few checked terms");

    QStringList problems;
    for (const Message& message : std::as_const(m_catalogues[u"videoremix_zh_CN.ts"_s].messages)) {
        for (const auto& [english, chinese] : terms) {
            const QRegularExpressionMatch match = english.match(message.source);
            if (!match.hasMatch())
                continue;
            for (const QString& translation : message.translations) {
                if (!translation.contains(chinese) && !translation.contains(match.captured(0)))
                    problems << message.where() + u": \"%1\" without %2 in \"%3\""_s.arg(
                                                      match.captured(0), chinese, translation);
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

// lupdate, run over the very sources and options the build uses, into a scratch
// copy of the catalogues must find exactly the messages they already hold.
void TestTranslations::sourcesHoldNoStringMissingFromTheCatalogues() {
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    QStringList scratchFiles;
    for (const QString& name : catalogueNames()) {
        const QString copy = scratch.filePath(name);
        QVERIFY(QFile::copy(QDir(sourceDirectory()).filePath(name), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        scratchFiles << copy;
    }
    QStringList arguments =
        QString::fromUtf8(VIDEOREMIX_LUPDATE_OPTIONS).split(u' ', Qt::SkipEmptyParts);
    arguments << u"@"_s + QStringLiteral(VIDEOREMIX_LUPDATE_LIST) << u"-ts"_s << scratchFiles;
    QProcess lupdate;
    lupdate.start(QStringLiteral(VIDEOREMIX_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    const QString output =
        QString::fromLocal8Bit(lupdate.readAllStandardOutput() + lupdate.readAllStandardError());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(output));
    // A tr() lupdate cannot place (wrong class, no Q_OBJECT) is a string that never translates.
    QStringList warnings;
    for (const QString& line : output.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.contains(u"warning"_s, Qt::CaseInsensitive) || line.contains(u"Cannot"_s) ||
            line.contains(u"Qualifying"_s) || line.contains(u"Discarding"_s))
            warnings << line.trimmed();
    }
    QVERIFY2(warnings.isEmpty(),
             qPrintable(u"lupdate complained:\n  "_s + warnings.join(u"\n  "_s)));

    for (const QString& name : catalogueNames()) {
        const Catalogue updated = readCatalogue(scratch.filePath(name));
        QVERIFY2(updated.error.isEmpty(), qPrintable(updated.error));
        QSet<QString> expected;
        QHash<QString, QString> where;
        for (const Message& message : updated.messages) {
            if (message.isLive()) {
                expected.insert(message.key());
                where.insert(message.key(), message.where());
            }
        }
        QSet<QString> committed;
        for (const Message& message : std::as_const(m_catalogues[name].messages)) {
            committed.insert(message.key());
            where.insert(message.key(), message.where());
        }
        QStringList problems;
        for (const QString& key : expected - committed)
            problems << name + u": missing "_s + where.value(key);
        for (const QString& key : committed - expected)
            problems << name + u": no longer in the sources "_s + where.value(key);
        problems.sort();
        QVERIFY2(problems.isEmpty(),
                 qPrintable(report(problems) +
                            u"\nRun the videoremix_translations_lupdate target and translate."_s));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
