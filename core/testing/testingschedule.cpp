#include "testingschedule.h"

#include "programs/programtemplate.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QtEndian>

namespace trinn {

Result<TestingSchedule> TestingSchedule::parse(const QString &text)
{
    TestingSchedule schedule;
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QStringLiteral("none"))
        return schedule;
    if (t == QStringLiteral("daily")) {
        schedule.m_kind = Kind::Daily;
        return schedule;
    }
    if (t.startsWith(QStringLiteral("weekdays:"))) {
        schedule.m_kind = Kind::Weekdays;
        const QStringList days = t.mid(9).split(u',', Qt::SkipEmptyParts);
        for (const QString &day : days) {
            bool ok = false;
            const int d = day.trimmed().toInt(&ok);
            if (!ok || d < 1 || d > 7)
                return Error{tr("\"%1\" is not a weekday number (1 = Monday … 7 = Sunday).").arg(day.trimmed())};
            schedule.m_weekdays.insert(d);
        }
        if (schedule.m_weekdays.isEmpty())
            return Error{tr("Name at least one weekday to test on.")};
        return schedule;
    }
    if (t.startsWith(QStringLiteral("random:"))) {
        schedule.m_kind = Kind::Random;
        bool ok = false;
        schedule.m_rate = t.mid(7).toDouble(&ok);
        if (!ok || schedule.m_rate <= 0 || schedule.m_rate > 1)
            return Error{tr("A random testing rate is a number above 0 and at most 1, not \"%1\".").arg(t.mid(7))};
        return schedule;
    }
    return Error{tr("\"%1\" is not a testing schedule: use daily, weekdays:1,3,5 or random:0.3.").arg(text)};
}

QStringList TestingSchedule::scheduledPhaseKinds()
{
    return {phasekind::evening, phasekind::dayTreatment, phasekind::motivation, phasekind::course, phasekind::outpatient};
}

bool TestingSchedule::isTestDay(const QByteArray &journalSecret, qint64 episodeId, QDate day) const
{
    switch (m_kind) {
    case Kind::None:
        return false;
    case Kind::Daily:
        return true;
    case Kind::Weekdays:
        return m_weekdays.contains(day.dayOfWeek());
    case Kind::Random: {
        const QByteArray message = QByteArray::number(episodeId) + '|' + day.toString(Qt::ISODate).toLatin1();
        const QByteArray mac = QMessageAuthenticationCode::hash(message, journalSecret, QCryptographicHash::Sha256);
        const quint64 draw = qFromBigEndian<quint64>(mac.constData());
        return double(draw >> 11) / double(quint64(1) << 53) < m_rate;
    }
    }
    return false;
}

QString TestingSchedule::describe() const
{
    switch (m_kind) {
    case Kind::None:
        return tr("no testing");
    case Kind::Daily:
        return tr("every day");
    case Kind::Weekdays: {
        QList<int> days = m_weekdays.values();
        std::sort(days.begin(), days.end());
        QStringList names;
        for (int d : days)
            names << QLocale().dayName(d, QLocale::ShortFormat);
        return tr("on %1").arg(names.join(QStringLiteral(", ")));
    }
    case Kind::Random:
        return tr("random days, %1% of them").arg(qRound(m_rate * 100));
    }
    return {};
}

} // namespace trinn
