#include "ExportDoneDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace tianbao {

ExportDoneDialog::ExportDoneDialog(const QStringList &paths, const QUrl &mailto, ExportHooks hooks,
                                   QWidget *parent)
    : QDialog(parent), m_paths(paths), m_mailto(mailto), m_hooks(std::move(hooks)),
      m_message(new QLabel)
{
    setWindowTitle(tr("Exported"));
    setObjectName(QStringLiteral("exportDoneDialog"));
    const QString folder = paths.isEmpty() ? QString() : QFileInfo(paths.first()).absolutePath();

    QStringList names;
    for (const QString &path : paths)
        names << QStringLiteral("<b>%1</b>").arg(QFileInfo(path).fileName().toHtmlEscaped());
    const QString address = mailto.path();
    QString text = tr("Saved in %1:").arg(QDir::toNativeSeparators(folder).toHtmlEscaped()) +
                   QStringLiteral("<br>") + names.join(QStringLiteral("<br>"));
    text += QStringLiteral("<br><br>");
    text += address.isEmpty()
                ? tr("The notice gives no reply address: send the file(s) as the notice asks.")
                : tr("Send them to <b>%1</b>. “Write Email” starts a message with the address "
                     "and subject filled in; attach the file(s) yourself.")
                      .arg(address.toHtmlEscaped());
    m_message->setText(text);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_DialogApplyButton).pixmap(32, 32));
    icon->setAlignment(Qt::AlignTop);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(m_message, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_openFolder = buttons->addButton(tr("Open &Folder"), QDialogButtonBox::ActionRole);
    m_openFolder->setObjectName(QStringLiteral("openFolderButton"));
    m_email = buttons->addButton(tr("Write &Email"), QDialogButtonBox::ActionRole);
    m_email->setObjectName(QStringLiteral("emailButton"));
    m_email->setDefault(!address.isEmpty());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openFolder, &QPushButton::clicked, this, [this, folder] {
        if (!m_hooks.openUrl(QUrl::fromLocalFile(folder)))
            emit openFailed(
                tr("The folder %1 could not be opened.").arg(QDir::toNativeSeparators(folder)));
    });
    connect(m_email, &QPushButton::clicked, this, [this] {
        if (!m_hooks.openUrl(m_mailto))
            emit openFailed(tr("No email program could be started. Send the file(s) to %1 "
                               "yourself.")
                                .arg(m_mailto.path()));
    });
    resize(700, 220);
}

} // namespace tianbao
