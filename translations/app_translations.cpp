#include "app_translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace s2s {
namespace {

constexpr auto kSourceLanguage = "en";
constexpr auto kFilePrefix = "sam2studio_";

// The translators currently installed; replaced as a whole on every language change.
struct InstalledTranslators {
  std::unique_ptr<QTranslator> app;
  std::unique_ptr<QTranslator> qt;
};

InstalledTranslators& installed() {
  static InstalledTranslators translators;
  return translators;
}

void removeInstalled() {
  auto& t = installed();
  if (t.app) QCoreApplication::removeTranslator(t.app.get());
  if (t.qt) QCoreApplication::removeTranslator(t.qt.get());
  t.app.reset();
  t.qt.reset();
}

}  // namespace

QStringList availableLanguages() {
  QStringList languages{QLatin1String(kSourceLanguage)};
  const QDir dir{QString::fromLatin1(kTranslationsResourceDir)};
  const QStringList files =
      dir.entryList({QLatin1String(kFilePrefix) + QLatin1String("*.qm")}, QDir::Files, QDir::Name);
  for (QString file : files) {
    file.chop(3);  // ".qm"
    languages << file.mid(int(qstrlen(kFilePrefix)));
  }
  return languages;
}

QString languageNativeName(const QString& language) {
  const QLocale locale(language);
  QString name = locale.nativeLanguageName();
  if (language == QLatin1String("zh_CN")) name = QStringLiteral("简体中文");
  if (name.isEmpty()) return language;
  // Some locales return a lower-case name ("español", "français"); menus show it capitalised.
  return name.left(1).toUpper() + name.mid(1);
}

QString systemLanguageLabel() {
  return QCoreApplication::translate("s2s::Languages", "System language",
                                     "language menu entry: follow the desktop's language");
}

QString matchLanguage(const QStringList& uiLanguages) {
  const QStringList shipped = availableLanguages();
  for (const QString& wanted : uiLanguages) {
    const QLocale locale(wanted);
    if (locale.language() == QLocale::English) return QLatin1String(kSourceLanguage);
    const QString full = locale.name();  // e.g. "zh_CN", "de_DE"
    if (shipped.contains(full)) return full;
    const QString bare = full.section(QLatin1Char('_'), 0, 0);
    if (shipped.contains(bare)) return bare;
    // Chinese: only Simplified is shipped; Traditional locales (zh_TW, zh_HK) fall through.
    if (locale.language() == QLocale::Chinese && locale.script() != QLocale::TraditionalChineseScript &&
        shipped.contains(QLatin1String("zh_CN")))
      return QStringLiteral("zh_CN");
  }
  return QLatin1String(kSourceLanguage);
}

QString installTranslators(const QString& language) {
  removeInstalled();
  const QString chosen =
      language.isEmpty() ? matchLanguage(QLocale::system().uiLanguages()) : matchLanguage({language});
  const QLocale locale(chosen);
  QLocale::setDefault(locale);
  if (chosen == QLatin1String(kSourceLanguage)) return chosen;

  auto app = std::make_unique<QTranslator>();
  if (!app->load(QLatin1String(kFilePrefix) + chosen, QLatin1String(kTranslationsResourceDir))) {
    QLocale::setDefault(QLocale(QLocale::English));
    return QLatin1String(kSourceLanguage);
  }
  QCoreApplication::installTranslator(app.get());
  installed().app = std::move(app);

  // Qt's own strings (standard buttons, file dialogs) come from qt6-translations-l10n when present.
  auto qt = std::make_unique<QTranslator>();
  if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
               QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
    QCoreApplication::installTranslator(qt.get());
    installed().qt = std::move(qt);
  }
  return chosen;
}

QString installTranslatorsFromSettings() {
  const QSettings settings;
  return installTranslators(settings.value(QLatin1String(kLanguageSettingKey)).toString());
}

}  // namespace s2s
