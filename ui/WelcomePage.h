#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace tianbao {

// Shown when no form is open: make the notice's form, open a file, or pick a recent one.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setRecentFiles(const QStringList &paths);
    QListWidget *recentList() const { return m_recent; }

signals:
    void newRequested();
    void openRequested();
    void recentRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_title;
    QLabel *m_intro;
    QPushButton *m_new;
    QPushButton *m_open;
    QLabel *m_recentLabel;
    QListWidget *m_recent;
};

} // namespace tianbao
