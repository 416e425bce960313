#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace tianbao {

namespace {
const QString SettingsKey = QStringLiteral("language");
}

LanguageManager &LanguageManager::instance()
{
    static LanguageManager manager;
    return manager;
}

QList<QPair<QString, QString>> LanguageManager::available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

void LanguageManager::applySaved()
{
    apply(QSettings().value(SettingsKey, System).toString());
}

void LanguageManager::setChoice(const QString &choice)
{
    QSettings().setValue(SettingsKey, choice);
    apply(choice);
}

void LanguageManager::apply(const QString &choice)
{
    m_choice = choice;
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_app);
        QCoreApplication::removeTranslator(&m_qt);
        m_installed = false;
    }
    const QLocale locale = choice == System ? QLocale::system() : QLocale(choice);
    m_effective = QStringLiteral("en");
    // Chinese is the only translation; every other language stays English.
    if (locale.language() == QLocale::Chinese &&
        m_app.load(QStringLiteral(":/i18n/tianbao_zh_CN.qm"))) {
        // Qt's own words (standard buttons) when qt6-translations-l10n is installed.
        if (m_qt.load(QStringLiteral("qtbase_zh_CN"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
        QCoreApplication::installTranslator(&m_app);
        m_installed = true;
        m_effective = QStringLiteral("zh_CN");
    }
    emit changed();
}

} // namespace tianbao
