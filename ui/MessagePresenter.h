#pragma once

#include <QString>
#include <QStringList>
#include <optional>

class QWidget;

namespace tianbao {

// Every question and message the window puts to the user goes through here, so tests answer
// them without a modal dialog blocking the event loop.
class MessagePresenter
{
public:
    virtual ~MessagePresenter() = default;

    virtual void warning(QWidget *parent, const QString &title, const QString &text) = 0;
    // True for yes.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text) = 0;
    // Empty when cancelled.
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &folder,
                                 const QString &filter) = 0;
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                 const QString &filter) = 0;
    // An editable choice (e.g. the unit among the form's units); nullopt when cancelled.
    virtual std::optional<QString> chooseText(QWidget *parent, const QString &title,
                                              const QString &label, const QStringList &items,
                                              const QString &current) = 0;
};

// The real dialogs.
class DialogPresenter : public MessagePresenter
{
public:
    void warning(QWidget *parent, const QString &title, const QString &text) override;
    bool confirm(QWidget *parent, const QString &title, const QString &text) override;
    QString openFileName(QWidget *parent, const QString &title, const QString &folder,
                         const QString &filter) override;
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                         const QString &filter) override;
    std::optional<QString> chooseText(QWidget *parent, const QString &title, const QString &label,
                                      const QStringList &items, const QString &current) override;
};

} // namespace tianbao
