// The compiled-in translations: every shipped language is embedded, the UI language follows the
// locale or the saved setting, and each finished .ts entry is what the app then shows.
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

#include "app_translations.h"

namespace {

struct TsMessage {
  QString context, source, comment, translation;
  QStringList pluralForms;  // numerus messages only
};

// The finished messages of a .ts file (what lrelease compiles).
QList<TsMessage> finishedMessages(const QString& tsPath) {
  QList<TsMessage> messages;
  QFile file(tsPath);
  if (!file.open(QIODevice::ReadOnly)) return messages;
  QXmlStreamReader xml(&file);
  QString context;
  TsMessage current;
  bool finished = false;
  bool numerus = false;
  while (!xml.atEnd()) {
    xml.readNext();
    if (xml.isStartElement()) {
      if (xml.name() == QLatin1String("message")) {
        current = {};
        current.context = context;
        numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
      } else if (xml.name() == QLatin1String("name")) {
        context = xml.readElementText();
      } else if (xml.name() == QLatin1String("source")) {
        current.source = xml.readElementText();
      } else if (xml.name() == QLatin1String("comment")) {
        current.comment = xml.readElementText();
      } else if (xml.name() == QLatin1String("translation")) {
        finished = xml.attributes().value(QLatin1String("type")).isEmpty();
        if (!numerus) current.translation = xml.readElementText();
      } else if (xml.name() == QLatin1String("numerusform")) {
        current.pluralForms << xml.readElementText();
      }
    } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
      if (finished && (numerus ? !current.pluralForms.isEmpty() : !current.translation.isEmpty()))
        messages << current;
    }
  }
  return messages;
}

}  // namespace

class TranslationsTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);  // QSettings writes under ~/.qttest, not the user's config
    QCoreApplication::setOrganizationName(QStringLiteral("SAM2StudioTests"));
    QCoreApplication::setApplicationName(QStringLiteral("translations_test"));
  }

  void cleanup() {
    s2s::installTranslators(QStringLiteral("en"));
    QSettings().remove(QLatin1String(s2s::kLanguageSettingKey));
  }

  void everyShippedLanguageIsCompiledIn() {
    QStringList expected = QString::fromLatin1(SAM2_SHIPPED_LANGUAGES).split(QLatin1Char(','));
    expected.sort();
    expected.prepend(QStringLiteral("en"));
    QCOMPARE(s2s::availableLanguages(), expected);
  }

  void matchLanguage_data() {
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("expected");
    QTest::newRow("region falls back to language") << QStringList{QStringLiteral("de-AT")} << QStringLiteral("de");
    QTest::newRow("underscore form") << QStringList{QStringLiteral("fr_CA")} << QStringLiteral("fr");
    QTest::newRow("simplified Chinese") << QStringList{QStringLiteral("zh-Hans-CN")} << QStringLiteral("zh_CN");
    QTest::newRow("Singapore Chinese is simplified") << QStringList{QStringLiteral("zh-SG")} << QStringLiteral("zh_CN");
    QTest::newRow("traditional Chinese is not shipped") << QStringList{QStringLiteral("zh-TW")} << QStringLiteral("en");
    QTest::newRow("first shipped preference wins")
        << QStringList{QStringLiteral("pt-BR"), QStringLiteral("ja-JP"), QStringLiteral("es")} << QStringLiteral("ja");
    QTest::newRow("English preferred over a later match")
        << QStringList{QStringLiteral("en-GB"), QStringLiteral("de")} << QStringLiteral("en");
    QTest::newRow("nothing shipped") << QStringList{QStringLiteral("pt-PT")} << QStringLiteral("en");
    QTest::newRow("empty list") << QStringList{} << QStringLiteral("en");
  }

  void matchLanguage() {
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, expected);
    QCOMPARE(s2s::matchLanguage(uiLanguages), expected);
  }

  void installingALanguageSwitchesStringsAndLocale() {
    QCOMPARE(s2s::installTranslators(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(s2s::systemLanguageLabel(), QStringLiteral("Systemsprache"));

    // Switching again replaces the German translator rather than stacking on it.
    QCOMPARE(s2s::installTranslators(QStringLiteral("ja")), QStringLiteral("ja"));
    QCOMPARE(s2s::systemLanguageLabel(), QStringLiteral("システムの言語"));

    QCOMPARE(s2s::installTranslators(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(s2s::systemLanguageLabel(), QStringLiteral("System language"));
    QCOMPARE(QLocale().language(), QLocale::English);
  }

  void unknownLanguageFallsBackToEnglish() {
    QCOMPARE(s2s::installTranslators(QStringLiteral("xx")), QStringLiteral("en"));
    QCOMPARE(s2s::systemLanguageLabel(), QStringLiteral("System language"));
  }

  void savedSettingOverridesTheSystemLocale() {
    QSettings().setValue(QLatin1String(s2s::kLanguageSettingKey), QStringLiteral("fr"));
    QCOMPARE(s2s::installTranslatorsFromSettings(), QStringLiteral("fr"));
    QCOMPARE(s2s::systemLanguageLabel(), QStringLiteral("Langue du système"));
  }

  void noSettingFollowsTheSystemLocale() {
    QSettings().remove(QLatin1String(s2s::kLanguageSettingKey));
    QCOMPARE(s2s::installTranslatorsFromSettings(),
             s2s::matchLanguage(QLocale::system().uiLanguages()));
  }

  // Every finished entry of every shipped .ts file is what the app shows in that language.
  void compiledTranslationsMatchTheTsFiles_data() {
    QTest::addColumn<QString>("language");
    for (const QString& lang : QString::fromLatin1(SAM2_SHIPPED_LANGUAGES).split(QLatin1Char(',')))
      QTest::newRow(qPrintable(lang)) << lang;
  }

  void compiledTranslationsMatchTheTsFiles() {
    QFETCH(QString, language);
    const QString ts = QStringLiteral(SAM2_TS_DIR "/sam2studio_%1.ts").arg(language);
    QVERIFY2(QFile::exists(ts), qPrintable(ts));
    const QList<TsMessage> messages = finishedMessages(ts);
    QVERIFY2(!messages.isEmpty(), "a shipped translation has no finished entries");
    QCOMPARE(s2s::installTranslators(language), language);
    for (const TsMessage& m : messages) {
      const QByteArray context = m.context.toUtf8(), source = m.source.toUtf8(), comment = m.comment.toUtf8();
      const char* disambiguation = comment.isEmpty() ? nullptr : comment.constData();
      if (m.pluralForms.isEmpty()) {
        QCOMPARE(QCoreApplication::translate(context, source, disambiguation), m.translation);
      } else {
        // n = 1 picks the first form in every shipped language; n = 7 the last (the only one
        // in Japanese and Chinese). %n becomes the number.
        QCOMPARE(QCoreApplication::translate(context, source, disambiguation, 1),
                 QString(m.pluralForms.first()).replace(QLatin1String("%n"), QLatin1String("1")));
        QCOMPARE(QCoreApplication::translate(context, source, disambiguation, 7),
                 QString(m.pluralForms.last()).replace(QLatin1String("%n"), QLatin1String("7")));
      }
    }
  }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "translations_test.moc"
