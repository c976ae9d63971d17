#pragma once
// Which language the UI speaks: the system locale by default, a saved setting when the user
// picked one. The .qm files are compiled into the `translations` library (qt_add_translations),
// under the resource folder kTranslationsResourceDir.
#include <QString>
#include <QStringList>

namespace s2s {

// QSettings key holding the user's choice; empty or missing means "follow the system locale".
inline constexpr const char* kLanguageSettingKey = "ui/language";
inline constexpr const char* kTranslationsResourceDir = ":/i18n";

// "en" (the source language) followed by every compiled translation, e.g. "de", "zh_CN".
QStringList availableLanguages();

// The language's own name for itself ("Deutsch", "简体中文"), for a language menu.
QString languageNativeName(const QString& language);

// The label of the "follow the system locale" entry of a language menu, translated.
QString systemLanguageLabel();

// The best shipped language for the UI languages of a locale ("de_AT" -> "de", "zh_Hans_CN"
// -> "zh_CN"), or "en" when none is shipped.
QString matchLanguage(const QStringList& uiLanguages);

// Installs the application's and Qt's own translators for `language` on the running
// QCoreApplication, replacing any installed by an earlier call (widgets then receive
// QEvent::LanguageChange). An empty `language` means the system locale. Also makes that
// language's QLocale the default. Returns the language now in effect ("en" when the requested
// one is not shipped).
QString installTranslators(const QString& language = QString());

// installTranslators() with the language saved under kLanguageSettingKey in the default QSettings.
QString installTranslatorsFromSettings();

}  // namespace s2s
