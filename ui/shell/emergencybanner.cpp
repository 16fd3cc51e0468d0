#include "emergencybanner.h"

#include "storage/journal.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace trinn {

EmergencyBanner::EmergencyBanner(Journal &journal, QWidget *parent)
    : QFrame(parent), m_journal(journal), m_text(new QLabel(this)), m_end(new QPushButton(tr("&End emergency access"), this))
{
    setObjectName(QStringLiteral("emergencyBanner"));
    setAccessibleName(tr("Emergency access is on"));
    // Red with white text in every style and colour scheme: it must not blend in.
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("#emergencyBanner { background: #b3261e; border-radius: 3px; }"
                                 "#emergencyBanner QLabel { color: white; }"));
    m_text->setObjectName(QStringLiteral("emergencyText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_end->setObjectName(QStringLiteral("endEmergency"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_end);
    connect(m_end, &QPushButton::clicked, this, &EmergencyBanner::endRequested);
    follow();
}

void EmergencyBanner::follow()
{
    const QString reason = m_journal.actor().emergencyReason.trimmed();
    if (reason.isEmpty()) {
        hide();
        return;
    }
    m_text->setText(tr("Emergency access is on: you can open patient data outside your role, and every access is marked "
                       "for review. Reason: %1")
                        .arg(reason));
    show();
}

} // namespace trinn
