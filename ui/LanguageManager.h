#pragma once

#include <QObject>
#include <QTranslator>

namespace tianbao {

// The interface language: the system's, or one chosen in View > Language (remembered).
// Installing translators makes Qt send LanguageChange to every widget, which retranslates
// itself, so a switch takes effect at once.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    static inline const QString System = QStringLiteral("system");

    static LanguageManager &instance();

    // "system", "en" or "zh_CN".
    QString choice() const { return m_choice; }
    // The languages offered: code and name in that language.
    static QList<QPair<QString, QString>> available();
    // Applies the remembered choice (at start).
    void applySaved();
    // Applies and remembers.
    void setChoice(const QString &choice);
    // The language actually shown, e.g. "zh_CN" or "en".
    QString effectiveLanguage() const { return m_effective; }

signals:
    void changed();

private:
    LanguageManager() = default;
    void apply(const QString &choice);

    QString m_choice = System;
    QString m_effective = QStringLiteral("en");
    QTranslator m_app;
    QTranslator m_qt;
    bool m_installed = false;
};

} // namespace tianbao
