#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace tianbao {

// The bar above a form that cannot be changed, saying why, with the way out: a copy.
class ReadOnlyBar : public QFrame
{
    Q_OBJECT

public:
    explicit ReadOnlyBar(QWidget *parent = nullptr);
    void setReason(const QString &reason);
    QString text() const;

signals:
    void saveCopyRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_label;
    QPushButton *m_copy;
    QString m_reason;
};

} // namespace tianbao
