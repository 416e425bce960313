#include "FileChangedBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace tianbao {

FileChangedBar::FileChangedBar(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_reload(new QPushButton(this)),
      m_copy(new QPushButton(this))
{
    setObjectName(QStringLiteral("fileChangedBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colors = palette();
    colors.setColor(QPalette::Window, QColor(0xfd, 0xe2, 0xc4));
    colors.setColor(QPalette::WindowText, QColor(0x6b, 0x2c, 0x00));
    setPalette(colors);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_reload);
    layout->addWidget(m_copy);
    connect(m_reload, &QPushButton::clicked, this, &FileChangedBar::reloadRequested);
    connect(m_copy, &QPushButton::clicked, this, &FileChangedBar::saveCopyRequested);
    retranslate();
}

void FileChangedBar::setMessage(const QString &what, bool canReload)
{
    m_what = what;
    m_reload->setVisible(canReload);
    retranslate();
}

QString FileChangedBar::text() const
{
    return m_label->text();
}

void FileChangedBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void FileChangedBar::retranslate()
{
    m_label->setText(tr("%1 Nothing more is saved here until you choose: reload the file as it "
                        "is now, or save what this window shows as a copy.")
                         .arg(m_what));
    m_reload->setText(tr("Reload"));
    m_copy->setText(tr("Save a Copy…"));
}

} // namespace tianbao
