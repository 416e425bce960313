#include "ReadOnlyBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace tianbao {

ReadOnlyBar::ReadOnlyBar(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_copy(new QPushButton(this))
{
    setObjectName(QStringLiteral("readOnlyBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colors = palette();
    colors.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    colors.setColor(QPalette::WindowText, QColor(0x5c, 0x45, 0x00));
    setPalette(colors);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_copy);
    connect(m_copy, &QPushButton::clicked, this, &ReadOnlyBar::saveCopyRequested);
    retranslate();
}

void ReadOnlyBar::setReason(const QString &reason)
{
    m_reason = reason;
    retranslate();
}

QString ReadOnlyBar::text() const
{
    return m_label->text();
}

void ReadOnlyBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void ReadOnlyBar::retranslate()
{
    m_label->setText(tr("Read-only: %1 Changes are not possible; a copy can be saved and edited.")
                         .arg(m_reason));
    m_copy->setText(tr("Save a Copy…"));
}

} // namespace tianbao
