#include "support/testjournals.h"
#include "uidriver.h"

#include "common/clinictime.h"
#include "calendar/plangatheringdialog.h"
#include "calendar/staffcombobox.h"
#include "intake/intakeworkspace.h"
#include "mainwindow.h"
#include "patients/patientjournalview.h"
#include "print/assessmentletter.h"
#include "programs/builtinprograms.h"
#include "programs/programtemplate.h"
#include "storage/carerecordstore.h"
#include "storage/careteamstore.h"
#include "storage/episodestore.h"
#include "storage/followupstore.h"
#include "storage/intakestore.h"
#include "storage/patientstore.h"
#include "storage/substanceteststore.h"
#include "testing/substancetest.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

// Issue 16, "tests that can fail": every service of the design walked by
// keyboard through the desktop program's workspaces and dialogs, from the
// referral (or the information meeting) to the last aftercare or follow-up,
// each step by the role that does it; the journal is then read back through
// the core stores. Dates run forward from today: the assessment is today's,
// so what follows it is planned and lived in the days after.

using namespace trinn;
using namespace trinn::ui;

namespace {

struct Staff
{
    Actor coordinator;
    Actor therapist;
    Actor nurse;
};

Staff clinicStaff(Journal &journal)
{
    return {addStaff(journal, QStringLiteral("inntak"), QStringLiteral("Ingrid Inntak"), Role::Coordinator),
            addStaff(journal, QStringLiteral("terapeut"), QStringLiteral("Tove Terapeut"), Role::Therapist),
            addStaff(journal, QStringLiteral("sykepleier"), QStringLiteral("Siri Sykepleier"), Role::Nurse)};
}

qint64 addBed(Journal &journal, const QString &label)
{
    const Actor before = journal.actor();
    journal.setActor(Actor{});
    const Result<qint64> bed = BedStore(journal).addBed({0, QStringLiteral("Klinikken"), QStringLiteral("Fjell"), label});
    journal.setActor(before);
    REQUIRE(bed.ok());
    return *bed;
}

// What a referral is, and what intake decides on it.
struct Referred
{
    QString name;
    QString nationalId;
    QString source = QStringLiteral("gp");
    QString service;
    Referral::CareRight right = Referral::CareRight::Granted;
    QDate latestStart;
    QDate admission;
    QStringList optionalPhases;
    QString bed; // the bed's label to book from the bed board, or none
};

struct Admitted
{
    qint64 referralId = 0;
    qint64 patientId = 0;
    qint64 episodeId = 0;
};

QString shown(const QLabel *label)
{
    return label ? label->text() : QString();
}

// On the bed board (its tab shown): the bed chosen with the arrow keys, then
// Alt+K, the patient found by `search`, the first night typed, and booked
// until the residential phases of the patient's episode end.
void bookFromBoard(IntakeWorkspace &workspace, const QString &search, const QString &nationalId, const QString &bed, QDate firstNight)
{
    QTreeWidget *board = workspace.board();
    REQUIRE(chooseInList(board, [&](int row) { return board->topLevelItem(row)->text(0).endsWith(bed); }));
    bool followed = false;
    bool booked = false;
    QString problem;
    REQUIRE(withDialog([&] { alt(&workspace, Qt::Key_K); }, [&](QDialog *dialog) {
        QTest::keyClicks(QApplication::focusWidget(), search);
        CHECK(part<QLabel>(dialog, "patient")->text().contains(nationalId));
        alt(dialog, Qt::Key_F);
        typeDate(part<QDateEdit>(dialog, "start"), firstNight);
        followed = part<QCheckBox>(dialog, "followEpisode")->isChecked();
        alt(dialog, Qt::Key_O);
        booked = !dialog->isVisible();
        problem = shown(part<QLabel>(dialog, "problem"));
    }));
    CHECK(followed);
    INFO(problem.toStdString());
    REQUIRE(booked);
}

// The intake coordinator's part, in the intake workspace: the referral
// received with the national id, assessed with the decision on the right to
// necessary health care and the latest start, the admission planned, the
// answer to the person and the referrer printed (and read back from its
// PDF), the person registered and admitted, and a bed booked from the bed
// board for the episode's stay.
Admitted intake(Journal &journal, const Actor &coordinator, const Referred &r)
{
    signIn(journal, coordinator);
    IntakeWorkspace workspace(journal);
    showActive(workspace);
    ReferralStore referrals(journal);
    auto *name = part<QLineEdit>(&workspace, "referralName");
    name->setFocus();
    QTest::keyClicks(name, r.name);
    QTest::keyClick(name, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), r.nationalId);
    REQUIRE(chooseInCombo(part<QComboBox>(&workspace, "referralSource"), r.source));
    REQUIRE(chooseInCombo(part<QComboBox>(&workspace, "referralService"), r.service));
    alt(&workspace, Qt::Key_C);
    QTreeWidget *list = workspace.referrals();
    const auto ours = [&](int row) { return list->topLevelItem(row)->text(9) == r.nationalId; };
    REQUIRE(chooseInList(list, ours));
    Admitted admitted;
    admitted.referralId = list->currentItem()->data(0, Qt::UserRole).toLongLong();
    REQUIRE(referrals.referral(admitted.referralId)->requestedService == r.service);

    // The assessment: the right to necessary health care, and the latest start.
    alt(&workspace, Qt::Key_G);
    REQUIRE(chooseInCombo(part<QComboBox>(&workspace, "careRight"), int(r.right)));
    typeDate(part<QDateEdit>(&workspace, "decisionDate"), r.latestStart);
    alt(&workspace, Qt::Key_A);
    Result<Referral> referral = referrals.referral(admitted.referralId);
    REQUIRE(referral.ok());
    INFO(shown(workspace.findChild<QLabel *>()).toStdString());
    REQUIRE(referral->status == Referral::Status::Assessed);
    CHECK(referral->careRight == r.right);
    CHECK(referral->careDeadline == r.latestStart);
    CHECK(referral->assessedOn == clinictime::today());
    CHECK(referral->decidedByStaffId == coordinator.staffId);

    // The admission planned for the day chosen.
    REQUIRE(chooseInList(list, ours));
    typeDate(part<QDateEdit>(&workspace, "decisionDate"), r.admission);
    alt(&workspace, Qt::Key_D);
    referral = referrals.referral(admitted.referralId);
    REQUIRE(referral->status == Referral::Status::Waiting);
    CHECK(referral->plannedAdmission == r.admission);
    CHECK(referral->careRight == r.right); // carried into the newer decision

    // The letter: a print preview from the workspace, and its PDF read back.
    REQUIRE(chooseInList(list, ours));
    QString previewTitle;
    CHECK(withDialog([&] { alt(&workspace, Qt::Key_L); }, [&](QDialog *dialog) { previewTitle = dialog->windowTitle(); }));
    CHECK(previewTitle.contains(r.name));
    const Result<PrintJob> letter = AssessmentLetter::build(journal, admitted.referralId);
    INFO(letter.error().toStdString());
    REQUIRE(letter.ok());
    const QString pdf = test::tempFolder() + QStringLiteral("/letter-") + r.nationalId + QStringLiteral(".pdf");
    QFile::remove(pdf);
    REQUIRE(Printing::writePdf(*letter, pdf).ok());
    const QString text = pdfText(pdf);
    CHECK(text.contains(r.name));
    CHECK(text.contains(r.nationalId));
    CHECK(text.contains(QStringLiteral("Copy to the referrer: ") + ReferralRules::sourceName(r.source)));
    CHECK(text.contains(QStringLiteral("You are welcome on ") + clinictime::formatDate(r.admission)));
    CHECK(text.contains(QStringLiteral("Ingrid Inntak")));
    if (r.right == Referral::CareRight::Granted)
        CHECK(text.contains(QStringLiteral("You have the right to necessary health care from the specialist health service. "
                                           "Treatment starts at the latest on ")
                            + clinictime::formatDate(r.latestStart)));
    else
        CHECK_FALSE(text.contains(QStringLiteral("You have the right")));

    // Registered and admitted, on the planned day.
    REQUIRE(chooseInList(list, ours));
    bool prefilled = false;
    bool accepted = false;
    QString problem;
    REQUIRE(withDialog([&] { alt(&workspace, Qt::Key_M); }, [&](QDialog *dialog) {
        prefilled = part<QLineEdit>(dialog, "nationalId")->text() == r.nationalId;
        typeDate(part<QDateEdit>(dialog, "admittedOn"), r.admission);
        for (QCheckBox *box : dialog->findChildren<QCheckBox *>()) {
            if (r.optionalPhases.contains(box->property("code").toString())) {
                box->setFocus();
                QTest::keyClick(box, Qt::Key_Space);
            }
        }
        part<QLineEdit>(dialog, "nationalId")->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        accepted = !dialog->isVisible();
        problem = shown(part<QLabel>(dialog, "problem"));
    }));
    CHECK(prefilled);
    INFO(problem.toStdString());
    REQUIRE(accepted);
    referral = referrals.referral(admitted.referralId);
    REQUIRE(referral->status == Referral::Status::Admitted);
    admitted.patientId = referral->patientId;
    REQUIRE(admitted.patientId != 0);
    CHECK(PatientStore(journal).get(admitted.patientId)->nationalId == r.nationalId);
    const Result<QList<Episode>> episodes = EpisodeStore(journal).episodesOf(admitted.patientId);
    REQUIRE(episodes->size() == 1);
    CHECK(episodes->first().programCode == r.service);
    CHECK(episodes->first().startDate == r.admission);
    admitted.episodeId = episodes->first().id;

    if (!r.bed.isEmpty()) {
        QTest::keyClick(list, Qt::Key_Tab, Qt::ControlModifier); // the bed board
        bookFromBoard(workspace, r.name.section(u' ', -1), r.nationalId, r.bed, r.admission);
        const Result<QList<BedStay>> stays = BedStore(journal).staysBetween(r.admission, r.admission.addDays(400));
        const auto stay = std::find_if(stays->begin(), stays->end(), [&](const BedStay &s) { return s.patientId == admitted.patientId; });
        REQUIRE(stay != stays->end());
        CHECK(stay->episodeId == admitted.episodeId);
        CHECK(stay->start == r.admission);
    }
    return admitted;
}

// The patient's journal open in the desktop program, as `actor`.
std::unique_ptr<MainWindow> openJournal(Journal &journal, const Actor &actor, qint64 patientId, const QString &search)
{
    signIn(journal, actor);
    auto window = std::make_unique<MainWindow>(journal);
    showActive(*window);
    QTest::keyClicks(QApplication::focusWidget(), search);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return window->findChild<PatientJournalView *>()->patientId() == patientId; }, 3000));
    return window;
}

// A step in the episodes dialog (Ctrl+Shift+E): the episode and phase chosen
// with the arrow keys, the date typed, then Alt+S (start), Alt+C (complete),
// Alt+K (skip), Alt+G (discharge) or Alt+E (move the end). The dialog's
// problem line after it: empty when the step was taken.
QString phaseStep(QDialog *dialog, const QString &programName, const QString &phaseCode, QDate day, Qt::Key action,
                  const QString &note = {})
{
    auto *episode = dialog->findChild<QComboBox *>();
    REQUIRE(episode);
    REQUIRE(chooseInCombo(episode, programName));
    if (!phaseCode.isEmpty()) {
        auto *phases = dialog->findChild<QTreeWidget *>();
        REQUIRE(chooseInList(phases, [&](int row) { return phases->topLevelItem(row)->data(0, Qt::UserRole + 1).toString() == phaseCode; }));
    }
    alt(dialog, Qt::Key_D);
    typeDate(qobject_cast<QDateEdit *>(QApplication::focusWidget()) ? qobject_cast<QDateEdit *>(QApplication::focusWidget())
                                                                     : dialog->findChild<QDateEdit *>(),
             day);
    alt(dialog, Qt::Key_R);
    typeOver(QApplication::focusWidget(), note);
    alt(dialog, action);
    return shown(part<QLabel>(dialog, "problem"));
}

// Ctrl+Shift+E in the journal: `steps` run in the episodes dialog.
void inEpisodes(MainWindow &window, const std::function<void(QDialog *)> &steps)
{
    QApplication::setActiveWindow(&window);
    REQUIRE(withDialog([&] { QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier); }, steps));
}

// Ctrl+E in the journal: enrols in the program named, from `start`, with
// the criteria whose codes are in `ticked` ticked. The dialog's problem
// line when it stayed open (refused), else empty.
QString enrolBy(MainWindow &window, const QString &programName, QDate start, const QStringList &ticked = {})
{
    QString problem;
    QApplication::setActiveWindow(&window);
    REQUIRE(withDialog([&] { QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier); }, [&](QDialog *dialog) {
        REQUIRE(chooseInCombo(part<QComboBox>(dialog, "program"), programName));
        typeDate(part<QDateEdit>(dialog, "start"), start);
        for (QCheckBox *box : dialog->findChildren<QCheckBox *>()) {
            if (ticked.contains(box->property("criterion").toString()) && !box->isChecked()) {
                box->setFocus();
                QTest::keyClick(box, Qt::Key_Space);
            }
        }
        alt(dialog, Qt::Key_E);
        if (dialog->isVisible())
            problem = shown(part<QLabel>(dialog, "problem"));
    }));
    return problem;
}

// Ctrl+R in the journal: `steps` run in the care records dialog, on the tab `tab`.
void inCareRecords(MainWindow &window, int tab, const std::function<void(QDialog *)> &steps)
{
    QApplication::setActiveWindow(&window);
    REQUIRE(withDialog([&] { QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier); }, [&](QDialog *dialog) {
        auto *tabs = part<QTabWidget>(dialog, "tabs");
        tabs->setFocus();
        for (int i = 0; i < tab; ++i)
            QTest::keyClick(tabs, Qt::Key_Tab, Qt::ControlModifier);
        REQUIRE(tabs->currentIndex() == tab);
        steps(dialog);
    }));
}

Episode episodeNow(Journal &journal, qint64 episodeId)
{
    const Actor before = journal.actor();
    journal.setActor(Actor{});
    const Result<Episode> e = EpisodeStore(journal).episode(episodeId);
    journal.setActor(before);
    REQUIRE(e.ok());
    return *e;
}

const Phase &phaseOf(const Episode &e, const QString &code)
{
    const Phase *p = e.phaseByCode(code);
    INFO("no phase " << code.toStdString() << " in " << e.programName.toStdString());
    REQUIRE(p);
    return *p;
}

QDate stayEnd(Journal &journal, qint64 episodeId)
{
    const Actor before = journal.actor();
    journal.setActor(Actor{});
    const Result<QList<BedStay>> stays = BedStore(journal).staysBetween(clinictime::today().addDays(-400), clinictime::today().addDays(800));
    journal.setActor(before);
    REQUIRE(stays.ok());
    QDate end;
    for (const BedStay &s : *stays) {
        if (s.episodeId == episodeId)
            end = s.end;
    }
    return end;
}

// The nurse's morning round: the test board (Ctrl+2) lists the patient for
// the daily test; Return opens the entry, Return saves a negative one.
void morningTest(Journal &journal, const Actor &nurse, qint64 patientId, const QString &familyName)
{
    signIn(journal, nurse);
    MainWindow window(journal);
    showActive(window);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_2, Qt::ControlModifier);
    auto *board = window.findChild<QTableView *>(QStringLiteral("testBoard"));
    REQUIRE(board);
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == board; }, 2000));
    REQUIRE(board->model()->rowCount() == 1);
    QTest::keyClicks(board, familyName.toLower());
    CHECK(board->currentIndex().data().toString().startsWith(familyName));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    const Result<QList<SubstanceTest>> tests = SubstanceTestStore(journal).testsOn(patientId, clinictime::today());
    REQUIRE(tests.ok());
    REQUIRE(tests->size() == 1);
    CHECK(tests->first().takenById == nurse.staffId);
}

} // namespace

TEST_CASE("Residential 12-step from referral through Phase 1 and the family program to Phase 2 and a relapse stay", "[ui][e2e][residential]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    const Staff staff = clinicStaff(*journal);
    addBed(*journal, QStringLiteral("1"));
    const QDate today = clinictime::today();
    const QDate admission = today.addDays(7);
    Referred r;
    r.name = QStringLiteral("Kari Nordmann");
    r.nationalId = test::ids::born1985;
    r.service = BuiltinPrograms::residential;
    r.latestStart = today.addDays(14);
    r.admission = admission;
    r.bed = QStringLiteral("1");
    const Admitted a = intake(*journal, staff.coordinator, r);
    const QDate plannedEnd = phaseOf(episodeNow(*journal, a.episodeId), QStringLiteral("phase1")).plannedEnd;
    CHECK(stayEnd(*journal, a.episodeId) == plannedEnd);

    // The therapist: Phase 1 from the admission, ended a week early (11 weeks).
    const QDate discharge = admission.addDays(77);
    REQUIRE(discharge < plannedEnd);
    std::unique_ptr<MainWindow> window = openJournal(*journal, staff.therapist, a.patientId, QStringLiteral("Nordmann"));
    inEpisodes(*window, [&](QDialog *dialog) {
        CHECK(phaseStep(dialog, QStringLiteral("Residential"), QStringLiteral("phase1"), admission, Qt::Key_S) == QString());
    });
    // The family program: five days for her brother, planned from care records.
    const QDate family = admission.addDays(42);
    QString familyOutcome;
    inCareRecords(*window, 2, [&](QDialog *dialog) {
        typeOver(part<QLineEdit>(dialog, "familyRelative"), QStringLiteral("Per Nordmann"));
        typeOver(part<QLineEdit>(dialog, "familyRelation"), QStringLiteral("brother"));
        typeDate(part<QDateEdit>(dialog, "familyStart"), family);
        alt(dialog, Qt::Key_F);
        familyOutcome = shown(part<QLabel>(dialog, "problem"));
    });
    CHECK(familyOutcome == QStringLiteral("Family program planned."));
    const Result<QList<FamilyStay>> stays = CareRecordStore(*journal).familyStays(a.patientId);
    REQUIRE(stays->size() == 1);
    CHECK(stays->first().relativeName == QStringLiteral("Per Nordmann"));
    CHECK(stays->first().start == family);
    CHECK(stays->first().start.daysTo(stays->first().end) == 5);
    CHECK(stays->first().selfHelpInfoGiven);

    inEpisodes(*window, [&](QDialog *dialog) {
        CHECK(phaseStep(dialog, QStringLiteral("Residential"), QStringLiteral("phase1"), discharge, Qt::Key_C,
                        QStringLiteral("Steps 1-4 done; home to Phase 2")) == QString());
        // Phase 2 begins with the discharge.
        CHECK(phaseStep(dialog, QStringLiteral("Residential"), QStringLiteral("phase2"), discharge, Qt::Key_S) == QString());
    });
    Episode e = episodeNow(*journal, a.episodeId);
    CHECK(phaseOf(e, QStringLiteral("phase1")).status == Phase::Status::Completed);
    CHECK(phaseOf(e, QStringLiteral("phase1")).actualStart == admission);
    CHECK(phaseOf(e, QStringLiteral("phase1")).actualEnd == discharge);
    CHECK(phaseOf(e, QStringLiteral("phase2")).status == Phase::Status::Active);
    // The bed is free from the morning of the discharge, not at the planned end.
    CHECK(stayEnd(*journal, a.episodeId) == discharge);
    {
        signIn(*journal, staff.coordinator);
        const Result<QList<BedRules::BoardRow>> board = BedStore(*journal).board(discharge);
        REQUIRE(board->size() == 1);
        CHECK(board->first().occupant.id == 0);
        CHECK(BedStore(*journal).board(discharge.addDays(-1))->first().occupant.patientId == a.patientId);
    }
    // Phase 2 planned from the discharge: six gatherings of three days in the
    // first year, and letters and calls between them.
    int gatherings = 0;
    for (const Phase &p : e.phases) {
        if (p.kind != phasekind::gathering)
            continue;
        ++gatherings;
        CHECK(p.status == Phase::Status::Planned);
        CHECK(p.plannedStart > discharge);
        CHECK(p.plannedStart <= discharge.addYears(1));
        CHECK(p.plannedStart.daysTo(p.plannedEnd) == 3);
    }
    CHECK(gatherings == 6);
    signIn(*journal, staff.therapist);
    const Result<QList<EpisodeStore::FollowUpRecord>> calls = EpisodeStore(*journal).followUps(a.episodeId);
    REQUIRE(calls.ok());
    CHECK(calls->size() >= 6);
    for (const EpisodeStore::FollowUpRecord &f : *calls) {
        CHECK(f.plannedOn >= discharge);
        CHECK(f.plannedOn <= discharge.addYears(1));
    }
    // The first gathering is given its room and staff from the calendar's
    // Plan a gathering… (the therapist, typed room, Enter): one event, ours in it.
    {
        QDate first;
        for (const Phase &p : e.phases) {
            if (p.kind == phasekind::gathering && (!first.isValid() || p.plannedStart < first))
                first = p.plannedStart;
        }
        REQUIRE(first.isValid());
        PlanGatheringDialog dialog(*journal, first);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
        dialog.findChild<StaffComboBox *>()->selectStaff(staff.therapist.staffId);
        auto *room = part<QLineEdit>(&dialog, "gatheringRoom");
        room->setFocus();
        QTest::keyClicks(room, QStringLiteral("Fjell"));
        QTest::keyClick(room, Qt::Key_Return);
        INFO(part<QLabel>(&dialog, "gatheringProblem")->text().toStdString());
        REQUIRE(dialog.result() == QDialog::Accepted);
        auto planned = RawSqlForTests::run(*journal, QStringLiteral("SELECT room, staff_id FROM gathering_event WHERE starts_on = ?"),
                                           {first.toString(Qt::ISODate)});
        REQUIRE(planned.ok());
        REQUIRE(planned->next());
        CHECK(planned->value(0).toString() == QStringLiteral("Fjell"));
        CHECK(planned->value(1).toLongLong() == staff.therapist.staffId);
        const Episode after = *EpisodeStore(*journal).episode(a.episodeId);
        int ours = 0;
        for (const Phase &p : after.phases)
            ours += p.kind == phasekind::gathering && p.plannedStart == first ? 1 : 0;
        CHECK(ours == 1); // her own gathering is the event's: she attends it
    }

    // The follow-ups after discharge, in intake's list once the days ahead reach them.
    {
        signIn(*journal, staff.coordinator);
        IntakeWorkspace intakeDesk(*journal);
        showActive(intakeDesk);
        alt(&intakeDesk, Qt::Key_O);
        auto *followUps = part<QTreeWidget>(&intakeDesk, "followUps");
        CHECK(followUps->topLevelItemCount() == 0); // none due the coming week
        auto *days = intakeDesk.findChild<QSpinBox *>();
        for (QSpinBox *spin : intakeDesk.findChildren<QSpinBox *>()) {
            if (spin->suffix().contains(QStringLiteral("days ahead")))
                days = spin;
        }
        REQUIRE(days);
        typeOver(days, QStringLiteral("365"));
        QTest::keyClick(days, Qt::Key_Return);
        const auto within = std::count_if(calls->begin(), calls->end(),
                                          [&](const EpisodeStore::FollowUpRecord &f) { return f.plannedOn <= today.addDays(365); });
        REQUIRE(within > 0);
        CHECK(QTest::qWaitFor([&] { return followUps->topLevelItemCount() == within; }, 2000));
        REQUIRE(followUps->topLevelItemCount() > 0);
        CHECK(followUps->topLevelItem(0)->text(2) == r.nationalId);
    }

    // A relapse half a year into Phase 2: assessed, a bed booked for the stay,
    // and a discharge at her own wish after two of the three weeks.
    const QDate relapse = discharge.addDays(180);
    const QDate left = relapse.addDays(14);
    window = openJournal(*journal, staff.therapist, a.patientId, QStringLiteral("Nordmann"));
    CHECK(enrolBy(*window, QStringLiteral("Relapse treatment"), relapse) == QString());
    QString suggestion;
    inCareRecords(*window, 3, [&](QDialog *dialog) {
        typeOver(part<QSpinBox>(dialog, "soberDays"), QStringLiteral("170"));
        typeOver(part<QLineEdit>(dialog, "relapseCause"), QStringLiteral("lost her job"));
        typeOver(part<QLineEdit>(dialog, "relapseCircumstances"), QStringLiteral("alone at home"));
        alt(dialog, Qt::Key_R);
        suggestion = shown(part<QLabel>(dialog, "problem"));
    });
    CHECK(suggestion == QStringLiteral("Suggested length: 21 days."));
    const Result<QList<Episode>> both = EpisodeStore(*journal).episodesOf(a.patientId);
    REQUIRE(both->size() == 2);
    const auto relapseOf = [](const QList<Episode> &list) {
        return std::find_if(list.begin(), list.end(), [](const Episode &x) { return x.programCode == BuiltinPrograms::relapse; });
    };
    REQUIRE(relapseOf(*both) != both->end());
    const qint64 relapseEpisode = relapseOf(*both)->id;
    {
        signIn(*journal, staff.coordinator);
        IntakeWorkspace intakeDesk(*journal);
        showActive(intakeDesk);
        intakeDesk.referrals()->setFocus();
        QTest::keyClick(intakeDesk.referrals(), Qt::Key_Tab, Qt::ControlModifier); // the bed board
        bookFromBoard(intakeDesk, QStringLiteral("Nordmann"), r.nationalId, QStringLiteral("1"), relapse);
    }
    CHECK(stayEnd(*journal, relapseEpisode) == phaseOf(episodeNow(*journal, relapseEpisode), QStringLiteral("stay")).plannedEnd);
    signIn(*journal, staff.therapist);
    inEpisodes(*window, [&](QDialog *dialog) {
        CHECK(phaseStep(dialog, QStringLiteral("Relapse"), QStringLiteral("stay"), relapse, Qt::Key_S) == QString());
        CHECK(phaseStep(dialog, QStringLiteral("Relapse"), QString(), left, Qt::Key_G, QStringLiteral("left at her own wish")) == QString());
    });
    const Episode stay = episodeNow(*journal, relapseEpisode);
    CHECK(stay.status == Episode::Status::Discharged);
    CHECK(stay.endDate == left);
    CHECK(stay.dischargeReason == QStringLiteral("left at her own wish"));
    CHECK(phaseOf(stay, QStringLiteral("stay")).actualEnd == left);
    // Out of the bed the morning she left.
    CHECK(stayEnd(*journal, relapseEpisode) == left);
    const Result<QList<RelapseAssessment>> assessed = CareRecordStore(*journal).relapseAssessments(relapseEpisode);
    REQUIRE(assessed->size() == 1);
    CHECK(assessed->first().soberDays == 170);
    CHECK(assessed->first().recommendedDays == 21);
    // The residential episode goes on in Phase 2 beside it.
    CHECK(episodeNow(*journal, a.episodeId).status == Episode::Status::Active);
}

TEST_CASE("Evening program from referral through the program to the end of aftercare", "[ui][e2e][evening]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    const Staff staff = clinicStaff(*journal);
    const QDate today = clinictime::today();
    Referred r;
    r.name = QStringLiteral("Ola Hansen");
    r.nationalId = test::ids::born1990a;
    r.source = QStringLiteral("workplace");
    r.service = BuiltinPrograms::evening;
    r.latestStart = today.addDays(21);
    r.admission = today; // admitted today: the program starts at once
    const Admitted a = intake(*journal, staff.coordinator, r);
    Episode e = episodeNow(*journal, a.episodeId);
    CHECK(phaseOf(e, QStringLiteral("program")).status == Phase::Status::Active);
    CHECK(phaseOf(e, QStringLiteral("program")).actualStart == today);
    CHECK(stayEnd(*journal, a.episodeId) == QDate()); // he lives at home and keeps working
    morningTest(*journal, staff.nurse, a.patientId, QStringLiteral("Hansen")); // tested daily

    // The therapist: 20 weeks of evenings, then 13 weeks of aftercare.
    const QDate programEnd = today.addDays(140);
    const QDate aftercareEnd = programEnd.addDays(91);
    std::unique_ptr<MainWindow> window = openJournal(*journal, staff.therapist, a.patientId, QStringLiteral("Hansen"));
    inEpisodes(*window, [&](QDialog *dialog) {
        CHECK(phaseStep(dialog, QStringLiteral("Evening"), QStringLiteral("program"), programEnd, Qt::Key_C) == QString());
        CHECK(phaseStep(dialog, QStringLiteral("Evening"), QStringLiteral("aftercare"), programEnd, Qt::Key_S) == QString());
        CHECK(phaseStep(dialog, QStringLiteral("Evening"), QStringLiteral("aftercare"), aftercareEnd, Qt::Key_C) == QString());
    });
    e = episodeNow(*journal, a.episodeId);
    CHECK(phaseOf(e, QStringLiteral("program")).actualEnd == programEnd);
    CHECK(phaseOf(e, QStringLiteral("aftercare")).actualStart == programEnd);
    CHECK(phaseOf(e, QStringLiteral("aftercare")).actualEnd == aftercareEnd);
    CHECK(e.status == Episode::Status::Completed);
    CHECK(e.endDate == aftercareEnd);
}

TEST_CASE("Full-time program from referral through medical detox and the program to a year of aftercare", "[ui][e2e][fulltime]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    const Staff staff = clinicStaff(*journal);
    addBed(*journal, QStringLiteral("4"));
    const QDate today = clinictime::today();
    Referred r;
    r.name = QStringLiteral("Siv Berg");
    r.nationalId = test::ids::born1990b;
    r.source = QStringLiteral("nav");
    r.service = BuiltinPrograms::fullTime;
    r.latestStart = today.addDays(10);
    r.admission = today;
    r.optionalPhases = {QStringLiteral("detox")};
    r.bed = QStringLiteral("4");
    const Admitted a = intake(*journal, staff.coordinator, r);
    Episode e = episodeNow(*journal, a.episodeId);
    REQUIRE(e.phaseByCode(QStringLiteral("detox")));
    CHECK(phaseOf(e, QStringLiteral("detox")).status == Phase::Status::Active);
    // Round the clock from detox to the program's end: one stay for both.
    const QDate plannedEnd = phaseOf(e, QStringLiteral("program")).plannedEnd;
    CHECK(stayEnd(*journal, a.episodeId) == plannedEnd);
    morningTest(*journal, staff.nurse, a.patientId, QStringLiteral("Berg")); // tested daily

    const QDate detoxEnd = today.addDays(7);
    const QDate programEnd = detoxEnd.addDays(49); // a week before the planned eight
    REQUIRE(programEnd < plannedEnd);
    std::unique_ptr<MainWindow> window = openJournal(*journal, staff.therapist, a.patientId, QStringLiteral("Berg"));
    inEpisodes(*window, [&](QDialog *dialog) {
        CHECK(phaseStep(dialog, QStringLiteral("Full-time"), QStringLiteral("detox"), detoxEnd, Qt::Key_C) == QString());
    });
    // Detox over, the program ahead: she keeps her bed.
    CHECK(stayEnd(*journal, a.episodeId) == plannedEnd);
    inEpisodes(*window, [&](QDialog *dialog) {
        CHECK(phaseStep(dialog, QStringLiteral("Full-time"), QStringLiteral("program"), detoxEnd, Qt::Key_S) == QString());
        CHECK(phaseStep(dialog, QStringLiteral("Full-time"), QStringLiteral("program"), programEnd, Qt::Key_C) == QString());
    });
    CHECK(stayEnd(*journal, a.episodeId) == programEnd);
    const QDate aftercareEnd = programEnd.addDays(365);
    inEpisodes(*window, [&](QDialog *dialog) {
        CHECK(phaseStep(dialog, QStringLiteral("Full-time"), QStringLiteral("aftercare"), programEnd, Qt::Key_S) == QString());
        CHECK(phaseStep(dialog, QStringLiteral("Full-time"), QStringLiteral("aftercare"), aftercareEnd, Qt::Key_C) == QString());
    });
    e = episodeNow(*journal, a.episodeId);
    CHECK(e.status == Episode::Status::Completed);
    CHECK(phaseOf(e, QStringLiteral("aftercare")).actualEnd == aftercareEnd);
}

TEST_CASE("Specialist pathway from a municipal referral through detox and residential treatment with coercion recorded", "[ui][e2e][specialist]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    const Staff staff = clinicStaff(*journal);
    addBed(*journal, QStringLiteral("7"));
    const QDate today = clinictime::today();
    Referred r;
    r.name = QStringLiteral("Per Olsen");
    r.nationalId = test::ids::born1990c;
    r.source = QStringLiteral("municipal");
    r.service = BuiltinPrograms::specialist;
    r.latestStart = today.addDays(30);
    r.admission = today;
    r.bed = QStringLiteral("7");
    const Admitted a = intake(*journal, staff.coordinator, r);
    Episode e = episodeNow(*journal, a.episodeId);
    CHECK(phaseOf(e, QStringLiteral("assessment")).status == Phase::Status::Active);
    const QDate plannedEnd = phaseOf(e, QStringLiteral("residential")).plannedEnd;
    CHECK(stayEnd(*journal, a.episodeId) == plannedEnd);

    // The therapist: the municipality's coercion decision (§ 10-2) and advice to his mother.
    std::unique_ptr<MainWindow> window = openJournal(*journal, staff.therapist, a.patientId, QStringLiteral("Olsen"));
    QString coercion;
    inCareRecords(*window, 0, [&](QDialog *dialog) {
        typeOver(part<QLineEdit>(dialog, "legalBasis"), QStringLiteral("§ 10-2"));
        typeOver(part<QLineEdit>(dialog, "decidedBy"), QStringLiteral("the county board"));
        typeDate(part<QDateEdit>(dialog, "coercionUntil"), today.addMonths(3));
        alt(dialog, Qt::Key_C);
        coercion = shown(part<QLabel>(dialog, "problem"));
    });
    CHECK(coercion == QStringLiteral("Coercion recorded."));
    const Result<QList<Coercion>> decisions = CareRecordStore(*journal).coercions(a.episodeId);
    REQUIRE(decisions->size() == 1);
    CHECK_THAT(decisions->first().legalBasis.toStdString(), Catch::Contains("10-2"));
    CHECK(decisions->first().validUntil == today.addMonths(3));

    const QDate assessed = today.addDays(10);
    const QDate detoxEnd = assessed.addDays(14);
    const QDate residentialEnd = detoxEnd.addDays(80);
    REQUIRE(residentialEnd < plannedEnd);
    inEpisodes(*window, [&](QDialog *dialog) {
        CHECK(phaseStep(dialog, QStringLiteral("Specialist"), QStringLiteral("assessment"), assessed, Qt::Key_C) == QString());
        CHECK(phaseStep(dialog, QStringLiteral("Specialist"), QStringLiteral("detox"), assessed, Qt::Key_S) == QString());
        CHECK(phaseStep(dialog, QStringLiteral("Specialist"), QStringLiteral("detox"), detoxEnd, Qt::Key_C) == QString());
        CHECK(phaseStep(dialog, QStringLiteral("Specialist"), QStringLiteral("residential"), detoxEnd, Qt::Key_S) == QString());
    });
    CHECK(stayEnd(*journal, a.episodeId) == plannedEnd); // still in the bed through detox
    inEpisodes(*window, [&](QDialog *dialog) {
        CHECK(phaseStep(dialog, QStringLiteral("Specialist"), QStringLiteral("residential"), residentialEnd, Qt::Key_C) == QString());
    });
    e = episodeNow(*journal, a.episodeId);
    CHECK(e.status == Episode::Status::Completed);
    CHECK(phaseOf(e, QStringLiteral("residential")).actualEnd == residentialEnd);
    CHECK(stayEnd(*journal, a.episodeId) == residentialEnd);
}

TEST_CASE("LAR trauma levels 1 and 2 and MBRP in the second of two cohorts from the medication and care team dialogs", "[ui][e2e][lar]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    const Staff staff = clinicStaff(*journal);
    const QDate today = clinictime::today();
    // In the LAR clinic's register already (an outpatient in opioid agonist treatment).
    qint64 patient = 0;
    {
        NewPatient p;
        p.nationalId = test::ids::born1985;
        p.givenNames = QStringLiteral("Lise");
        p.familyName = QStringLiteral("Lund");
        const Result<qint64> added = PatientStore(*journal).add(p);
        REQUIRE(added.ok());
        patient = *added;
    }
    const QString mbrpMotivated[] = {QStringLiteral("no-current-use"), QStringLiteral("motivated"), QStringLiteral("attends-regularly")};
    QStringList inclusion;
    for (const QString &code : mbrpMotivated)
        inclusion << code;
    // The first MBRP cohort is full: twelve others in LAR hold its places.
    const QDate cohort1 = today.addDays(168);
    const QDate cohort2 = cohort1.addDays(63);
    {
        signIn(*journal, staff.therapist);
        const QStringList ids = test::ids::synthetic(12);
        for (int i = 0; i < 12; ++i) {
            NewPatient p;
            p.nationalId = ids.at(i);
            p.givenNames = QStringLiteral("Deltaker");
            p.familyName = QStringLiteral("Nr%1").arg(i);
            const Result<qint64> other = PatientStore(*journal).add(p);
            REQUIRE(other.ok());
            test::makeLarReady(*journal, *other);
            QList<std::pair<QString, bool>> assessment;
            for (const QString &code : inclusion)
                assessment.append({code, true});
            assessment.append({QStringLiteral("mental-illness"), false});
            assessment.append({QStringLiteral("instability"), false});
            const Result<qint64> enrolled = EpisodeStore(*journal).enrol({*other, BuiltinPrograms::mbrp, cohort1, {}, assessment});
            INFO(enrolled.error().toStdString());
            REQUIRE(enrolled.ok());
        }
    }

    // The nurse records her methadone; the therapist takes her on as individual therapist.
    std::unique_ptr<MainWindow> window = openJournal(*journal, staff.nurse, patient, QStringLiteral("Lund"));
    QApplication::setActiveWindow(window.get());
    REQUIRE(withDialog([&] { QTest::keyClick(window.get(), Qt::Key_M, Qt::ControlModifier); }, [&](QDialog *dialog) {
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("methadone"));
        alt(dialog, Qt::Key_O);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("90 mg"));
        alt(dialog, Qt::Key_F);
        typeDate(dialog->findChild<QDateEdit *>(), today.addYears(-3));
        alt(dialog, Qt::Key_A);
    }));
    const Result<QList<Medication>> medication = CareRecordStore(*journal).medications(patient);
    REQUIRE(medication->size() == 1);
    CHECK(medication->first().drug == QStringLiteral("methadone"));
    CHECK(medication->first().start == today.addYears(-3));

    window = openJournal(*journal, staff.therapist, patient, QStringLiteral("Lund"));
    // Not before she has an individual therapist: the rule says so.
    CHECK_THAT(enrolBy(*window, QStringLiteral("Trauma group level 1"), today).toStdString(), Catch::Contains("therapist"));
    QApplication::setActiveWindow(window.get());
    REQUIRE(withDialog([&] { QTest::keyClick(window.get(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier); }, [&](QDialog *dialog) {
        REQUIRE(chooseInCombo(part<QComboBox>(dialog, "staff"), QStringLiteral("Tove Terapeut")));
        alt(dialog, Qt::Key_A);
    }));
    const Result<QList<StaffAccount>> team = CareTeamStore(*journal).members(patient);
    REQUIRE(team->size() == 1);
    CHECK(team->first().id == staff.therapist.staffId);

    // Level 2 needs level 1 completed.
    CHECK_THAT(enrolBy(*window, QStringLiteral("Trauma group level 2"), today).toStdString(), Catch::Contains("level 1"));
    CHECK(enrolBy(*window, QStringLiteral("Trauma group level 1"), today) == QString());
    const QDate level2 = today.addDays(84);
    inEpisodes(*window, [&](QDialog *dialog) {
        CHECK(phaseStep(dialog, QStringLiteral("Trauma group level 1"), QStringLiteral("course"), today, Qt::Key_S) == QString());
        CHECK(phaseStep(dialog, QStringLiteral("Trauma group level 1"), QStringLiteral("course"), today.addDays(77), Qt::Key_C) == QString());
    });
    CHECK(enrolBy(*window, QStringLiteral("Trauma group level 2"), level2) == QString());
    inEpisodes(*window, [&](QDialog *dialog) {
        CHECK(phaseStep(dialog, QStringLiteral("Trauma group level 2"), QStringLiteral("course"), level2, Qt::Key_S) == QString());
        CHECK(phaseStep(dialog, QStringLiteral("Trauma group level 2"), QStringLiteral("course"), level2.addDays(77), Qt::Key_C) == QString());
    });

    // MBRP: the first cohort is full, the second has room.
    CHECK_THAT(enrolBy(*window, QStringLiteral("MBRP"), cohort1, inclusion).toStdString(), Catch::Contains("is full (12 of 12)"));
    CHECK(enrolBy(*window, QStringLiteral("MBRP"), cohort2, inclusion) == QString());
    inEpisodes(*window, [&](QDialog *dialog) {
        CHECK(phaseStep(dialog, QStringLiteral("MBRP"), QStringLiteral("course"), cohort2, Qt::Key_S) == QString());
        CHECK(phaseStep(dialog, QStringLiteral("MBRP"), QStringLiteral("course"), cohort2.addDays(56), Qt::Key_C) == QString());
    });

    const Result<QList<Episode>> episodes = EpisodeStore(*journal).episodesOf(patient);
    REQUIRE(episodes.ok());
    QStringList completed;
    for (const Episode &e : *episodes) {
        if (e.status == Episode::Status::Completed)
            completed << e.programCode;
    }
    CHECK(completed == QStringList{BuiltinPrograms::traumaLevel1, BuiltinPrograms::traumaLevel2, BuiltinPrograms::mbrp});
    const auto mbrp = std::find_if(episodes->begin(), episodes->end(), [](const Episode &e) { return e.programCode == BuiltinPrograms::mbrp; });
    REQUIRE(mbrp != episodes->end());
    CHECK(mbrp->startDate == cohort2);
    const Result<QList<std::pair<QString, bool>>> assessed = EpisodeStore(*journal).assessment(mbrp->id);
    REQUIRE(assessed.ok());
    // Recorded by the criterion's words: the three inclusions met, the two exclusions not.
    int met = 0;
    for (const auto &[criterion, applies] : *assessed)
        met += applies ? 1 : 0;
    CHECK(assessed->size() == 5);
    CHECK(met == 3);
}

TEST_CASE("Municipal day treatment from the information meeting through 100 days to aftercare", "[ui][e2e][municipal]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    const Staff staff = clinicStaff(*journal);
    const QDate today = clinictime::today();
    qint64 patient = 0;
    {
        NewPatient p;
        p.nationalId = test::ids::born1990a;
        p.givenNames = QStringLiteral("Arne");
        p.familyName = QStringLiteral("Dahl");
        const Result<qint64> added = PatientStore(*journal).add(p);
        REQUIRE(added.ok());
        patient = *added;
    }
    // Seven months ago: the information meeting, then four weeks of motivation group.
    const QDate meeting = today.addDays(-210);
    const QDate motivation = meeting.addDays(1);
    const QDate dayStart = motivation.addDays(28);
    std::unique_ptr<MainWindow> window = openJournal(*journal, staff.therapist, patient, QStringLiteral("Dahl"));
    CHECK(enrolBy(*window, QStringLiteral("Municipal"), meeting) == QString());
    const QString program = QStringLiteral("Municipal");
    inEpisodes(*window, [&](QDialog *dialog) {
        CHECK(phaseStep(dialog, program, QStringLiteral("information"), meeting, Qt::Key_S) == QString());
        CHECK(phaseStep(dialog, program, QStringLiteral("information"), motivation, Qt::Key_C) == QString());
        CHECK(phaseStep(dialog, program, QStringLiteral("motivation"), motivation, Qt::Key_S) == QString());
        CHECK(phaseStep(dialog, program, QStringLiteral("motivation"), dayStart, Qt::Key_C) == QString());
        CHECK(phaseStep(dialog, program, QStringLiteral("day-treatment"), dayStart, Qt::Key_S) == QString());
    });
    const qint64 episodeId = EpisodeStore(*journal).episodesOf(patient)->first().id;

    // Weekdays from the start, 4½ hours each; one day of 3 hours does not count.
    QList<QDate> days;
    for (QDate d = dayStart; days.size() < 101; d = d.addDays(1)) {
        if (d.dayOfWeek() <= 5)
            days << d;
    }
    const QDate shortDay = days.at(10);
    const QDate lastDay = days.constLast();
    REQUIRE(lastDay < today);
    const auto recordDays = [&](const QList<QDate> &which) {
        inCareRecords(*window, 4, [&](QDialog *dialog) {
            auto *minutes = part<QSpinBox>(dialog, "dayMinutes");
            for (const QDate &d : which) {
                typeDate(part<QDateEdit>(dialog, "dayDate"), d);
                typeOver(minutes, QString::number(d == shortDay ? 180 : 270));
                const qsizetype before = CareRecordStore(*journal).dayTreatment(episodeId)->size();
                QApplication::setActiveWindow(dialog);
                QTest::keyClick(dialog, Qt::Key_D, Qt::AltModifier);
                REQUIRE(QTest::qWaitFor([&] { return CareRecordStore(*journal).dayTreatment(episodeId)->size() == before + 1; }, 2000));
            }
        });
    };
    recordDays(days.mid(0, 100));
    // 99 days that count: day treatment is not over yet, and says why.
    inEpisodes(*window, [&](QDialog *dialog) {
        CHECK_THAT(phaseStep(dialog, program, QStringLiteral("day-treatment"), lastDay, Qt::Key_C).toStdString(), Catch::Contains("100"));
    });
    CHECK(phaseOf(episodeNow(*journal, episodeId), QStringLiteral("day-treatment")).status == Phase::Status::Active);
    recordDays({lastDay});
    const Result<ProgramRules::DayTreatmentCheck> check = CareRecordStore(*journal).checkDayTreatment(episodeId, today);
    REQUIRE(check.ok());
    CHECK(check->daysAttended == 100);

    // The 100th day: day treatment ends, and weekly aftercare for six months follows.
    const QDate aftercareEnd = lastDay.addDays(183);
    inEpisodes(*window, [&](QDialog *dialog) {
        CHECK(phaseStep(dialog, program, QStringLiteral("day-treatment"), lastDay, Qt::Key_C) == QString());
        CHECK(phaseStep(dialog, program, QStringLiteral("aftercare"), lastDay, Qt::Key_S) == QString());
        CHECK(phaseStep(dialog, program, QStringLiteral("aftercare"), aftercareEnd, Qt::Key_C) == QString());
    });
    const Episode e = episodeNow(*journal, episodeId);
    CHECK(phaseOf(e, QStringLiteral("day-treatment")).actualEnd == lastDay);
    CHECK(phaseOf(e, QStringLiteral("aftercare")).actualStart == lastDay);
    CHECK(e.status == Episode::Status::Completed);
    CHECK(e.endDate == aftercareEnd);
}

TEST_CASE("The answer to a referral without the right to necessary health care says so and how to complain", "[ui][e2e][letter]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    const Staff staff = clinicStaff(*journal);
    signIn(*journal, staff.coordinator);
    ReferralStore referrals(*journal);
    Referral r;
    r.personName = QStringLiteral("Ola Hansen");
    r.source = QStringLiteral("psychologist");
    r.receivedOn = clinictime::today();
    r.requestedService = BuiltinPrograms::residential;
    const Result<qint64> id = referrals.receive(r);
    REQUIRE(id.ok());
    // Not assessed yet: no letter, and the reason.
    CHECK_THAT(AssessmentLetter::build(*journal, *id).error().toStdString(), Catch::Contains("not assessed yet"));
    REQUIRE(referrals.assess(*id, clinictime::today(), clinictime::today().addDays(90), 3, {}, Referral::CareRight::Refused).ok());
    const Result<PrintJob> letter = AssessmentLetter::build(*journal, *id);
    REQUIRE(letter.ok());
    const QString pdf = test::tempFolder() + QStringLiteral("/letter-refused.pdf");
    QFile::remove(pdf);
    REQUIRE(Printing::writePdf(*letter, pdf).ok());
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("You do not have the right to necessary health care")));
    CHECK(text.contains(QStringLiteral("Statsforvalteren")));
    CHECK_FALSE(text.contains(QStringLiteral("at the latest")));
    CHECK(text.contains(QStringLiteral("Copy to the referrer: ") + ReferralRules::sourceName(QStringLiteral("psychologist"))));
}
