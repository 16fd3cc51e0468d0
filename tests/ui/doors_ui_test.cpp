#include "support/testjournals.h"

#include "administration/administrationworkspace.h"
#include "common/clinictime.h"
#include "common/translations.h"
#include "intake/intakeworkspace.h"
#include "mainwindow.h"
#include "patients/patientjournalview.h"
#include "programs/builtinprograms.h"
#include "storage/careteamstore.h"
#include "storage/episodestore.h"
#include "storage/followupstore.h"
#include "storage/intakestore.h"
#include "storage/nextofkinstore.h"
#include "storage/patientstore.h"
#include "storage/staffstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

// The desktop doors of issue 16, each walked with the keyboard: a referral
// registered and admitted, a bed booked from the bed board (and refused with
// the rule's reason), a follow-up marked done, next of kin with consent and
// the care team from the patient's journal, staff accounts in Administration.

using namespace trinn;

namespace {

// A staff account (as the system) and the journal signed in as it.
Actor signedIn(Journal &journal, const QString &username, const QString &fullName, Role role)
{
    const Result<qint64> id = StaffStore(journal).add(username, fullName, {role}, QStringLiteral("et langt passord"));
    REQUIRE(id.ok());
    Actor actor;
    actor.staffId = *id;
    actor.username = username;
    actor.fullName = fullName;
    actor.roles = {role};
    journal.setActor(actor);
    return actor;
}

// Presses `open` (keys that open a modal dialog), then runs `act` on the
// dialog once it is up (a mnemonic click opens it a moment after the key) and
// closes it if `act` left it open. Whether the dialog came, within 3 seconds.
bool withDialog(const std::function<void()> &open, const std::function<void(QDialog *)> &act)
{
    QTimer timer;
    int state = 0; // 0 waiting, 1 handled, -1 never came
    QElapsedTimer clock;
    clock.start();
    timer.setInterval(20);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (clock.elapsed() > 3000) {
                timer.stop();
                state = -1;
            }
            return;
        }
        timer.stop();
        QTest::qWait(50);
        act(dialog);
        if (dialog->isVisible())
            dialog->reject();
        state = 1;
    });
    timer.start();
    open();
    QTest::qWaitFor([&] { return state != 0; }, 5000);
    timer.stop();
    return state == 1;
}

void alt(QWidget *widget, Qt::Key key)
{
    // A closed dialog leaves no active window on the offscreen platform: the
    // window typed into is the active one, as it would be on a desktop.
    QApplication::setActiveWindow(widget->window());
    QTest::keyClick(widget, key, Qt::AltModifier);
    QTest::qWait(300); // mnemonic clicks animate
}

void showActive(QWidget &window)
{
    // For a person to look at in another language (TRINN_UI_SHOTS_LANG=nb):
    // the checks of English words then fail, the pictures are what counts.
    static const bool translated = [] {
        const QString language = qEnvironmentVariable("TRINN_UI_SHOTS_LANG");
        if (!language.isEmpty())
            installTranslations(*QCoreApplication::instance(), language);
        return true;
    }();
    Q_UNUSED(translated);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

// A child the dialog must have; a failed check (not a crash) when it is missing.
template<typename T>
T *part(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found) {
        FAIL_CHECK("no " << name << " in " << parent->objectName().toStdString() << " " << parent->metaObject()->className());
        static T dummy;
        return &dummy;
    }
    return found;
}

// For a person to look at: TRINN_UI_SHOTS=DIR saves the widget as a PNG.
void shoot(QWidget *widget, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("TRINN_UI_SHOTS"); !dir.isEmpty())
        widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace

TEST_CASE("Intake registers an accepted referral's person and admits them by keyboard", "[ui][doors][intake]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    signedIn(*journal, QStringLiteral("inntak"), QStringLiteral("Ingrid Inntak"), Role::Coordinator);
    ReferralStore referrals(*journal);
    IntakeWorkspace workspace(*journal);
    showActive(workspace);
    QTreeWidget *list = workspace.referrals();
    // Received with the person's name and national id, then assessed (care deadline today).
    auto *name = workspace.findChild<QLineEdit *>(QStringLiteral("referralName"));
    auto *nationalId = workspace.findChild<QLineEdit *>(QStringLiteral("referralNationalId"));
    REQUIRE(name);
    REQUIRE(nationalId);
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Kari Anne Nordmann"));
    QTest::keyClick(name, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), test::ids::born1985);
    auto *service = workspace.findChild<QComboBox *>(QStringLiteral("referralService"));
    REQUIRE(service);
    service->setCurrentIndex(service->findData(BuiltinPrograms::evening));
    alt(&workspace, Qt::Key_C);
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(9) == test::ids::born1985);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    REQUIRE(list->currentItem());
    const qint64 referralId = list->currentItem()->data(0, Qt::UserRole).toLongLong();
    const Result<qint64> referral = referralId;
    alt(&workspace, Qt::Key_A);
    REQUIRE(referrals.referral(referralId)->status == Referral::Status::Assessed);
    // The list is read again after a decision: choose the referral again.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    REQUIRE(list->currentItem());

    bool prefilled = false;
    bool accepted = false;
    const bool came = withDialog([&] { alt(&workspace, Qt::Key_M); }, [&](QDialog *dialog) {
        auto *given = part<QLineEdit>(dialog, "givenNames");
        auto *family = part<QLineEdit>(dialog, "familyName");
        auto *id = part<QLineEdit>(dialog, "nationalId");
        prefilled = given->text() == QStringLiteral("Kari Anne") && family->text() == QStringLiteral("Nordmann")
            && id->text() == test::ids::born1985;
        // The national id has the focus; a wrong one is refused and nothing saved.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("12345678901"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        CHECK(dialog->isVisible());
        CHECK_FALSE(part<QLabel>(dialog, "problem")->text().isEmpty());
        shoot(dialog, QStringLiteral("admit-referral"));
        CHECK(PatientStore(*journal).count().value() == 0);
        id->setFocus();
        id->selectAll();
        QTest::keyClicks(id, test::ids::born1985);
        QTest::keyClick(id, Qt::Key_Return);
        accepted = !dialog->isVisible();
    });
    REQUIRE(came);
    CHECK(prefilled);
    REQUIRE(accepted);

    const Result<Referral> after = referrals.referral(*referral);
    REQUIRE(after.ok());
    CHECK(after->status == Referral::Status::Admitted);
    REQUIRE(after->patientId != 0);
    const Result<Patient> patient = PatientStore(*journal).get(after->patientId);
    CHECK(patient->nationalId == test::ids::born1985);
    CHECK(patient->fullName() == QStringLiteral("Kari Anne Nordmann"));
    const Result<QList<Episode>> episodes = EpisodeStore(*journal).episodesOf(after->patientId);
    REQUIRE(episodes->size() == 1);
    CHECK(episodes->first().programCode == BuiltinPrograms::evening);
    CHECK(episodes->first().status == Episode::Status::Active);
    // The referral leaves the open list, and the workspace says what became of it.
    CHECK(list->topLevelItemCount() == 0);
    bool toldAdmitted = false;
    for (const QLabel *label : workspace.findChildren<QLabel *>())
        toldAdmitted = toldAdmitted || label->text().contains(QStringLiteral("the referral is marked admitted"));
    CHECK(toldAdmitted);
    // Shown again with what became of it.
    alt(&workspace, Qt::Key_W);
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(4) == Referral::statusName(Referral::Status::Admitted));
    CHECK(list->topLevelItem(0)->text(9) == test::ids::born1985);
}

TEST_CASE("A bed is booked from the bed board by keyboard and a clash is refused with the reason", "[ui][doors][beds]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    signedIn(*journal, QStringLiteral("inntak"), QStringLiteral("Ingrid Inntak"), Role::Coordinator);
    const qint64 kari = test::addPatient(*journal, test::ids::born1985, QStringLiteral("Kari"), QStringLiteral("Nordmann"));
    test::addPatient(*journal, test::ids::born1990a, QStringLiteral("Ola"), QStringLiteral("Hansen"));
    BedStore beds(*journal);
    REQUIRE(beds.addBed({0, QStringLiteral("Klinikken"), QStringLiteral("Fjell"), QStringLiteral("1")}).ok());
    const Result<qint64> bed2 = beds.addBed({0, QStringLiteral("Klinikken"), QStringLiteral("Fjell"), QStringLiteral("2")});
    REQUIRE(bed2.ok());

    IntakeWorkspace workspace(*journal);
    showActive(workspace);
    workspace.referrals()->setFocus();
    QTest::keyClick(workspace.referrals(), Qt::Key_Tab, Qt::ControlModifier); // the bed board tab
    QTreeWidget *board = workspace.board();
    REQUIRE(board->topLevelItemCount() == 2);
    board->setFocus();
    QTest::keyClick(board, Qt::Key_Down);
    QTest::keyClick(board, Qt::Key_Down);
    REQUIRE(board->currentItem());
    REQUIRE(board->currentItem()->text(0).endsWith(QStringLiteral("2")));

    const auto book = [&](const QString &search, int nights, bool expectBooked, const QString &reason) {
        bool done = false;
        const bool came = withDialog([&] { alt(&workspace, Qt::Key_K); }, [&](QDialog *dialog) {
            QTest::keyClicks(QApplication::focusWidget(), search);
            auto *patient = part<QLabel>(dialog, "patient");
            CHECK(patient->text().contains(search));
            alt(dialog, Qt::Key_N);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(QApplication::focusWidget(), QString::number(nights));
            CHECK(part<QSpinBox>(dialog, "nights")->value() == nights);
            alt(dialog, Qt::Key_O);
            done = !dialog->isVisible();
            if (!done)
                shoot(dialog, QStringLiteral("book-bed-refused"));
            if (!reason.isEmpty())
                CHECK_THAT(part<QLabel>(dialog, "problem")->text().toStdString(), Catch::Contains(reason.toStdString()));
        });
        CHECK(came);
        CHECK(done == expectBooked);
    };
    book(QStringLiteral("Nordmann"), 30, true, {});
    const Result<QList<BedStay>> stays = beds.staysBetween(clinictime::today(), clinictime::today().addDays(60));
    REQUIRE(stays->size() == 1);
    CHECK(stays->first().patientId == kari);
    CHECK(stays->first().bedId == *bed2);
    CHECK(stays->first().end == clinictime::today().addDays(30));
    CHECK(board->currentItem()->text(1).contains(QStringLiteral("Kari Nordmann")));

    // Ola in the same bed: the rule refuses, with its words, and nothing is booked.
    book(QStringLiteral("Hansen"), 10, false, QStringLiteral("is taken by another patient"));
    CHECK(beds.staysBetween(clinictime::today(), clinictime::today().addDays(60))->size() == 1);

    // Ola admitted to residential treatment: bed 1 until his residential
    // phases end, booked to the episode so that the stay follows Phase 1.
    const qint64 ola = PatientStore(*journal).findByNationalId(test::ids::born1990a)->value();
    const Result<qint64> episode = EpisodeStore(*journal).enrol({ola, BuiltinPrograms::residential, clinictime::today(), {}, {}});
    REQUIRE(episode.ok());
    const QDate phase1End = EpisodeStore(*journal).episode(*episode)->phaseByKind(QStringLiteral("residential"))->plannedEnd;
    board->setFocus();
    QTest::keyClick(board, Qt::Key_Up);
    REQUIRE(board->currentItem()->text(0).endsWith(QStringLiteral("1")));
    bool offered = false;
    const bool came = withDialog([&] { alt(&workspace, Qt::Key_K); }, [&](QDialog *dialog) {
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Hansen"));
        auto *follow = part<QCheckBox>(dialog, "followEpisode");
        offered = follow->isVisibleTo(dialog) && follow->isChecked() && follow->text().contains(clinictime::formatDate(phase1End));
        shoot(dialog, QStringLiteral("book-bed-episode"));
        alt(dialog, Qt::Key_O);
    });
    REQUIRE(came);
    CHECK(offered);
    const Result<QList<BedStay>> olas = beds.staysBetween(clinictime::today(), clinictime::today().addDays(200));
    const auto stay = std::find_if(olas->begin(), olas->end(), [&](const BedStay &s) { return s.patientId == ola; });
    REQUIRE(stay != olas->end());
    CHECK(stay->episodeId == *episode);
    CHECK(stay->end == phase1End);
}

TEST_CASE("A due follow-up call is marked done with its outcome by keyboard", "[ui][doors][followups]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    signedIn(*journal, QStringLiteral("terapeut"), QStringLiteral("Tove Terapeut"), Role::Therapist);
    const qint64 kari = test::addPatient(*journal, test::ids::born1985, QStringLiteral("Kari"), QStringLiteral("Nordmann"));
    // Admitted 100 days ago: 12 weeks of Phase 1 are behind, the first call is due.
    const Result<qint64> episode = EpisodeStore(*journal).enrol({kari, BuiltinPrograms::residential, clinictime::today().addDays(-100), {}, {}});
    REQUIRE(episode.ok());
    const Result<QList<FollowUpStore::Due>> due = FollowUpStore(*journal).due(clinictime::today().addDays(7));
    REQUIRE(due.ok());
    REQUIRE_FALSE(due->isEmpty());

    IntakeWorkspace workspace(*journal);
    showActive(workspace);
    alt(&workspace, Qt::Key_O); // the follow-ups tab
    auto *list = workspace.findChild<QTreeWidget *>(QStringLiteral("followUps"));
    REQUIRE(list);
    REQUIRE(list->topLevelItemCount() == due->size());
    CHECK(list->topLevelItem(0)->text(1) == QStringLiteral("Kari Nordmann"));
    CHECK(list->topLevelItem(0)->text(2) == test::ids::born1985);
    shoot(&workspace, QStringLiteral("follow-ups"));
    alt(&workspace, Qt::Key_T); // the note
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Goes to AA twice a week"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    const Result<QList<EpisodeStore::FollowUpRecord>> records = EpisodeStore(*journal).followUps(*episode);
    const auto done = std::find_if(records->begin(), records->end(), [&](const auto &f) { return f.id == due->first().id; });
    REQUIRE(done != records->end());
    CHECK(done->doneOn == clinictime::today());
    CHECK_THAT(done->note.toStdString(), Catch::Contains("reached") && Catch::Contains("Goes to AA twice a week"));
    CHECK(list->topLevelItemCount() == due->size() - 1);
}

TEST_CASE("Next of kin with consent and the care team are kept from the patient's journal by keyboard", "[ui][doors][nextofkin]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    const Result<qint64> nina = StaffStore(*journal).add(QStringLiteral("nina"), QStringLiteral("Nina Sykepleier"), {Role::Nurse},
                                                        QStringLiteral("et langt passord"));
    REQUIRE(nina.ok());
    signedIn(*journal, QStringLiteral("terapeut"), QStringLiteral("Tove Terapeut"), Role::Therapist);
    const qint64 kari = test::addPatient(*journal, test::ids::born1985, QStringLiteral("Kari"), QStringLiteral("Nordmann"));

    MainWindow window(*journal);
    showActive(window);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Nordmann"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return window.findChild<PatientJournalView *>()->patientId() == kari; }, 3000));

    bool saved = false;
    const bool kinCame = withDialog([&] { QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier); }, [&](QDialog *dialog) {
        const QString header = part<QLabel>(dialog, "patientHeader")->text();
        CHECK(header.contains(QStringLiteral("Kari Nordmann")));
        CHECK(header.contains(test::ids::born1985));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Per Nordmann"));
        alt(dialog, Qt::Key_L);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("brother"));
        alt(dialog, Qt::Key_P);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("900 11 222"));
        alt(dialog, Qt::Key_C); // the consent box
        alt(dialog, Qt::Key_S);
        shoot(dialog, QStringLiteral("next-of-kin"));
        saved = part<QTreeWidget>(dialog, "nextOfKin")->topLevelItemCount() == 1;
    });
    REQUIRE(kinCame);
    CHECK(saved);
    const Result<QList<NextOfKin>> kin = NextOfKinStore(*journal).of(kari);
    REQUIRE(kin->size() == 1);
    CHECK(kin->first().name == QStringLiteral("Per Nordmann"));
    CHECK(kin->first().relation == QStringLiteral("brother"));
    CHECK(kin->first().phone == QStringLiteral("900 11 222"));
    CHECK(kin->first().consentToShare);
    CHECK(kin->first().consentRecordedAt.isValid());

    bool added = false;
    QApplication::setActiveWindow(&window);
    const bool teamCame = withDialog([&] { QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier); },
                                     [&](QDialog *dialog) {
        const QString header = part<QLabel>(dialog, "patientHeader")->text();
        CHECK(header.contains(test::ids::born1985));
        // The staff list starts with Nina (by name); Alt+A adds her.
        alt(dialog, Qt::Key_A);
        shoot(dialog, QStringLiteral("care-team"));
        added = part<QTreeWidget>(dialog, "members")->topLevelItemCount() == 1;
    });
    REQUIRE(teamCame);
    CHECK(added);
    const Result<QList<StaffAccount>> team = CareTeamStore(*journal).members(kari);
    REQUIRE(team->size() == 1);
    CHECK(team->first().id == *nina);
}

TEST_CASE("An administrator adds disables resets and unlocks staff accounts by keyboard", "[ui][doors][staff]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    StaffStore staff(*journal);
    REQUIRE(staff.add(QStringLiteral("nina"), QStringLiteral("Nina Sykepleier"), {Role::Nurse}, QStringLiteral("et langt passord")).ok());

    SECTION("a nurse is told that only administrators may")
    {
        signedIn(*journal, QStringLiteral("sykepleier"), QStringLiteral("Siri Sykepleier"), Role::Nurse);
        AdministrationWorkspace workspace(*journal);
        showActive(workspace);
        CHECK_FALSE(workspace.findChild<QTreeWidget *>(QStringLiteral("staffList")));
        CHECK_FALSE(workspace.findChild<QLineEdit *>(QStringLiteral("username")));
    }
    SECTION("an administrator")
    {
        signedIn(*journal, QStringLiteral("admin"), QStringLiteral("Arne Admin"), Role::Administrator);
        AdministrationWorkspace workspace(*journal);
        showActive(workspace);
        auto *list = workspace.findChild<QTreeWidget *>(QStringLiteral("staffList"));
        REQUIRE(list);
        REQUIRE(list->topLevelItemCount() == 2);
        shoot(&workspace, QStringLiteral("administration"));

        // Add: user name, full name, the therapist role, the password twice.
        alt(&workspace, Qt::Key_M);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("tove"));
        alt(&workspace, Qt::Key_N);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Tove Terapeut"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // therapist
        alt(&workspace, Qt::Key_D);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("tove sitt passord"));
        alt(&workspace, Qt::Key_E);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("tove sitt passord"));
        alt(&workspace, Qt::Key_T);
        REQUIRE(list->topLevelItemCount() == 3);
        const Result<Actor> tove = staff.signIn(QStringLiteral("tove"), QStringLiteral("tove sitt passord"));
        REQUIRE(tove.ok());
        CHECK(tove->roles == QSet<Role>{Role::Therapist});

        // Nina locks herself out; the administrator unlocks her.
        for (int i = 0; i < StaffStore::lockAfterFailures; ++i)
            CHECK_FALSE(staff.signIn(QStringLiteral("nina"), QStringLiteral("feil passord!")).ok());
        workspace.refresh();
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Home);
        while (list->currentItem() && list->currentItem()->text(0) != QStringLiteral("nina"))
            QTest::keyClick(list, Qt::Key_Down);
        REQUIRE(list->currentItem());
        CHECK(list->currentItem()->text(3).contains(QStringLiteral("locked")));
        alt(&workspace, Qt::Key_U);
        CHECK(staff.signIn(QStringLiteral("nina"), QStringLiteral("et langt passord")).ok());
        CHECK(list->currentItem()->text(3) == QStringLiteral("active"));

        // A new password for Nina, typed twice.
        alt(&workspace, Qt::Key_D);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ninas nye passord"));
        alt(&workspace, Qt::Key_E);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ninas nye passord"));
        list->setFocus();
        alt(&workspace, Qt::Key_W);
        CHECK(staff.signIn(QStringLiteral("nina"), QStringLiteral("ninas nye passord")).ok());

        // Disabled: she can no longer sign in.
        alt(&workspace, Qt::Key_A);
        CHECK_THAT(staff.signIn(QStringLiteral("nina"), QStringLiteral("ninas nye passord")).error().toStdString(), Catch::Contains("disabled"));
        CHECK(list->currentItem()->text(3) == QStringLiteral("disabled"));
    }
}

namespace {
qint64 auditRecords(Journal &journal, const QString &action, const QString &what)
{
    auto rows = RawSqlForTests::run(journal, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND what = ?"), {action, what});
    REQUIRE(rows.ok());
    REQUIRE(rows->next());
    return rows->value(0).toLongLong();
}

QTreeWidgetItem *chooseAccount(QTreeWidget *list, const QString &username)
{
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Home);
    for (int i = 0; i < list->topLevelItemCount() && list->currentItem() && list->currentItem()->text(0) != username; ++i)
        QTest::keyClick(list, Qt::Key_Down);
    return list->currentItem() && list->currentItem()->text(0) == username ? list->currentItem() : nullptr;
}
} // namespace

TEST_CASE("An administrator enables a disabled account again and changes its roles by keyboard", "[ui][doors][staff]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    StaffStore staff(*journal);
    REQUIRE(staff.add(QStringLiteral("nina"), QStringLiteral("Nina Sykepleier"), {Role::Nurse}, QStringLiteral("et langt passord")).ok());
    REQUIRE(staff.disable(QStringLiteral("nina")).ok());
    const QString rolesChanged = QStringLiteral("changed a staff account's roles");
    const QString enabled = QStringLiteral("enabled a staff account again");

    SECTION("only an administrator may: a therapist is refused and the refusal is on record")
    {
        signedIn(*journal, QStringLiteral("terapeut"), QStringLiteral("Tove Terapeut"), Role::Therapist);
        const Status roles = staff.setRoles(QStringLiteral("nina"), {Role::Nurse, Role::Administrator});
        CHECK_FALSE(roles.ok());
        const Status enable = staff.enable(QStringLiteral("nina"), QStringLiteral("et nytt langt passord"));
        CHECK_FALSE(enable.ok());
        CHECK(auditRecords(*journal, QStringLiteral("refused"), rolesChanged) == 1);
        CHECK(auditRecords(*journal, QStringLiteral("refused"), enabled) == 1);
        journal->setActor(Actor{});
        const Result<QList<StaffAccount>> accounts = staff.list();
        const auto nina = std::find_if(accounts->begin(), accounts->end(), [](const StaffAccount &a) { return a.username == QStringLiteral("nina"); });
        REQUIRE(nina != accounts->end());
        CHECK(nina->roles == QSet<Role>{Role::Nurse});
        CHECK_FALSE(nina->active);
    }
    SECTION("an administrator")
    {
        signedIn(*journal, QStringLiteral("admin"), QStringLiteral("Arne Admin"), Role::Administrator);
        AdministrationWorkspace workspace(*journal);
        showActive(workspace);
        auto *list = workspace.findChild<QTreeWidget *>(QStringLiteral("staffList"));
        REQUIRE(list);
        QTreeWidgetItem *item = chooseAccount(list, QStringLiteral("nina"));
        REQUIRE(item);
        CHECK(item->text(3) == QStringLiteral("disabled"));

        // Enabling needs the new password typed twice; without it nothing changes.
        alt(&workspace, Qt::Key_L);
        CHECK_FALSE(staff.signIn(QStringLiteral("nina"), QStringLiteral("et langt passord")).ok());
        alt(&workspace, Qt::Key_D);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ninas nye passord"));
        alt(&workspace, Qt::Key_E);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ninas nye passord"));
        alt(&workspace, Qt::Key_L);
        const Result<Actor> nina = staff.signIn(QStringLiteral("nina"), QStringLiteral("ninas nye passord"));
        REQUIRE(nina.ok());
        CHECK(nina->roles == QSet<Role>{Role::Nurse});
        CHECK(auditRecords(*journal, QStringLiteral("write"), enabled) == 1);
        item = chooseAccount(list, QStringLiteral("nina"));
        REQUIRE(item);
        CHECK(item->text(3) == QStringLiteral("active"));

        // Her roles are ticked when she is chosen; tick the therapist too and set them.
        QList<QCheckBox *> boxes;
        for (QCheckBox *box : workspace.findChildren<QCheckBox *>()) {
            if (box->property("role").isValid())
                boxes << box;
        }
        REQUIRE(boxes.size() == 4);
        const auto box = [&](Role role) {
            return *std::find_if(boxes.begin(), boxes.end(), [&](QCheckBox *b) { return b->property("role").toString() == AccessPolicy::roleCode(role); });
        };
        CHECK(box(Role::Nurse)->isChecked());
        CHECK_FALSE(box(Role::Therapist)->isChecked());
        box(Role::Therapist)->setFocus();
        QTest::keyClick(box(Role::Therapist), Qt::Key_Space);
        alt(&workspace, Qt::Key_R);
        CHECK(staff.signIn(QStringLiteral("nina"), QStringLiteral("ninas nye passord"))->roles == QSet<Role>{Role::Nurse, Role::Therapist});
        CHECK(auditRecords(*journal, QStringLiteral("write"), rolesChanged) == 1);

        // No roles at all is refused, and so is taking the administrator role from oneself.
        item = chooseAccount(list, QStringLiteral("nina"));
        REQUIRE(item);
        for (QCheckBox *b : boxes) {
            if (b->isChecked()) {
                b->setFocus();
                QTest::keyClick(b, Qt::Key_Space);
            }
        }
        alt(&workspace, Qt::Key_R);
        CHECK(staff.signIn(QStringLiteral("nina"), QStringLiteral("ninas nye passord"))->roles == QSet<Role>{Role::Nurse, Role::Therapist});
        item = chooseAccount(list, QStringLiteral("admin"));
        REQUIRE(item);
        CHECK(box(Role::Administrator)->isChecked());
        box(Role::Administrator)->setFocus();
        QTest::keyClick(box(Role::Administrator), Qt::Key_Space);
        box(Role::Nurse)->setFocus();
        QTest::keyClick(box(Role::Nurse), Qt::Key_Space);
        alt(&workspace, Qt::Key_R);
        CHECK_THAT(workspace.findChild<QLabel *>(QStringLiteral("staffProblem"))->text().toStdString(),
                   Catch::Contains("administrator role from your own account"));
        journal->setActor(Actor{});
        const Result<QList<StaffAccount>> accounts = staff.list();
        const auto admin = std::find_if(accounts->begin(), accounts->end(), [](const StaffAccount &a) { return a.username == QStringLiteral("admin"); });
        REQUIRE(admin != accounts->end());
        CHECK(admin->roles == QSet<Role>{Role::Administrator});
    }
}
