// trinn-startup-bench: the whole desktop program's start, from exec to what
// the user sees, beside a bare Qt window started the same way.
//
//   trinn-startup-bench JOURNAL [--runs N] [--json FILE] [--user NAME]
//                       [--password TEXT] [--memory-users A,B,...]
//
// Each run starts trinn-bare-window and trinn alternately (N times each) as
// child processes with TRINN_MEASURE set (app/trinn/measure.h); the clock
// (CLOCK_MONOTONIC, the one the children write) is read just before each
// start. Trinn shows its sign-in dialog, is signed in as soon as the dialog
// has been painted, and quits once its first workspace has been painted: no
// fixed waits anywhere. Then, once per user of --memory-users, Trinn opens
// every workspace the role may use in turn and reports its peak memory: since
// sign-in (the high-water mark is started again there) and the whole
// process's, which sign-in's Argon2id (46 MiB for a moment) may set.
// Prints one line per measure, `NAME median_ms floor_ms ratio` (the floor is
// the bare window's figure where there is one, else 0), then peak memory.
// The children use the platform of the environment: run under
// `xvfb-run -a -s "-screen 0 1280x800x24"` for xcb; without DISPLAY (and no
// QT_QPA_PLATFORM) it is offscreen.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

namespace {

qint64 monotonicNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

struct Child
{
    qint64 started = 0;            // the parent's clock just before exec
    QMap<QByteArray, qint64> marks; // what the child wrote, by name
    double ms(const char *from, const char *to) const
    {
        const qint64 begin = qstrcmp(from, "exec") == 0 ? started : marks.value(from, -1);
        const qint64 end = marks.value(to, -1);
        return begin < 0 || end < 0 ? -1 : double(end - begin) / 1e6;
    }
};

[[noreturn]] void fail(const QString &why)
{
    QTextStream(stderr) << "trinn-startup-bench: " << why << Qt::endl;
    std::exit(2);
}

// Starts `program` with the measure on and a settings folder of its own (a
// first start's window size and workspace every time), waits for it to quit.
Child runChild(const QString &program, const QStringList &arguments, const QMap<QString, QString> &extraEnvironment,
               const QList<QByteArray> &needed)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        fail(QStringLiteral("no temporary folder"));
    const QString marksFile = scratch.filePath(QStringLiteral("measure.txt"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TRINN_MEASURE"), marksFile);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), scratch.filePath(QStringLiteral("config")));
    environment.remove(QStringLiteral("TRINN_MEASURE_EVERY_WORKSPACE"));
    for (auto it = extraEnvironment.cbegin(); it != extraEnvironment.cend(); ++it)
        environment.insert(it.key(), it.value());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedOutputChannel);
    process.setReadChannel(QProcess::StandardError);
    Child child;
    child.started = monotonicNanoseconds();
    process.start(program, arguments);
    if (!process.waitForStarted(30000))
        fail(QStringLiteral("%1 did not start: %2").arg(program, process.errorString()));
    if (!process.waitForFinished(600000))
        fail(QStringLiteral("%1 did not finish").arg(program));
    const QString errors = QString::fromLocal8Bit(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        fail(QStringLiteral("%1 failed (exit %2): %3").arg(program).arg(process.exitCode()).arg(errors));
    QFile marks(marksFile);
    if (!marks.open(QIODevice::ReadOnly))
        fail(QStringLiteral("%1 wrote no measures (%2)").arg(program, errors));
    for (const QByteArray &line : marks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() == 2)
            child.marks.insert(fields.at(0), fields.at(1).toLongLong());
    }
    for (const QByteArray &name : needed) {
        if (!child.marks.contains(name))
            fail(QStringLiteral("%1 never reported %2: %3").arg(program, QString::fromLatin1(name), errors));
        // A frame is one painted: the paint event's area says one was seen.
        if (name.endsWith("_painted") && child.marks.value(name + "_px") <= 0)
            fail(QStringLiteral("%1 reported %2 with no paint seen").arg(program, QString::fromLatin1(name)));
    }
    return child;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

struct Measure
{
    QString name;
    QList<double> values;
    double floor = 0;
    QString note;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trinn-startup-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures the desktop program's start beside a bare Qt window."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Starts of each program (default 9)."), QStringLiteral("N"),
                                        QStringLiteral("9"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Also write the results as JSON to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("Who signs in for the timed starts (default sykepleier)."),
                                        QStringLiteral("NAME"), QStringLiteral("sykepleier"));
    const QCommandLineOption passwordOption(QStringLiteral("password"), QStringLiteral("Their password (default demo-passord)."),
                                            QStringLiteral("TEXT"), QStringLiteral("demo-passord"));
    const QCommandLineOption memoryOption(
        QStringLiteral("memory-users"),
        QStringLiteral("Who opens every workspace of their role for the peak memory (default the demo's four; empty: none)."),
        QStringLiteral("NAMES"), QStringLiteral("sykepleier,terapeut,inntak,admin"));
    const QCommandLineOption trinnOption(QStringLiteral("trinn"), QStringLiteral("The desktop program."), QStringLiteral("PATH"),
                                         QStringLiteral(TRINN_PROGRAM));
    const QCommandLineOption bareOption(QStringLiteral("bare"), QStringLiteral("The bare Qt window."), QStringLiteral("PATH"),
                                        QStringLiteral(BARE_PROGRAM));
    parser.addOptions({runsOption, jsonOption, userOption, passwordOption, memoryOption, trinnOption, bareOption});
    parser.addPositionalArgument(QStringLiteral("JOURNAL"), QStringLiteral("A journal file or postgresql:// address."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString journal = parser.positionalArguments().constFirst();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString password = parser.value(passwordOption);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const QString platform = qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ? QStringLiteral("xcb") : qEnvironmentVariable("QT_QPA_PLATFORM");
    const QStringList trinnArguments{QStringLiteral("--journal"), journal, QStringLiteral("--lang"), QStringLiteral("nb")};
    const auto signedInAs = [&](const QString &user) {
        return QMap<QString, QString>{{QStringLiteral("TRINN_USER"), user}, {QStringLiteral("TRINN_PASSWORD"), password}};
    };
    // What every start of Trinn must report, in the order it happens.
    const QList<QByteArray> trinnMarks{"main",           "login_painted", "signin_started",    "signin_done",
                                       "argon2id_ns",    "signin_peak_kb", "window_built",     "workspace_painted",
                                       "workspace_peak_kb"};
    QTextStream out(stdout);
    QTextStream err(stderr);

    Measure bareMain{QStringLiteral("bare_exec_to_main"), {}, 0, QStringLiteral("bare Qt window: exec to main() entered")};
    Measure barePainted{QStringLiteral("bare_exec_to_painted"), {}, 0, QStringLiteral("bare Qt window: exec to its first frame")};
    Measure trinnMain{QStringLiteral("exec_to_main"), {}, 0, QStringLiteral("Trinn: exec to main() entered (loading its libraries)")};
    Measure login{QStringLiteral("exec_to_login_painted"), {}, 0,
                  QStringLiteral("Trinn: exec to the sign-in dialog's first frame (journal opened); floor: the bare window")};
    Measure signIn{QStringLiteral("signin_to_workspace_painted"), {}, 0,
                   QStringLiteral("Trinn: OK pressed to the first workspace's first frame, Argon2id included")};
    Measure signInOnly{QStringLiteral("signin"), {}, 0, QStringLiteral("Trinn: the sign-in itself (password check, audit)")};
    Measure argon{QStringLiteral("argon2id"), {}, 0, QStringLiteral("Trinn: the Argon2id verify inside the sign-in")};
    Measure build{QStringLiteral("window_build"), {}, 0, QStringLiteral("Trinn: signed in to the main window built (every workspace made)")};
    Measure show{QStringLiteral("window_show"), {}, 0,
                 QStringLiteral("Trinn: main window built to its first workspace's first frame (loaded, laid out, painted)")};
    Measure whole{QStringLiteral("exec_to_workspace_painted"), {}, 0,
                  QStringLiteral("Trinn: exec to the first workspace's first frame, nobody typing")};
    QList<double> barePeak;
    QList<double> signInPeak;
    QList<double> trinnPeak;
    bool peakReset = true;
    for (int run = 0; run < runs; ++run) {
        const Child bare = runChild(parser.value(bareOption), {}, {}, {"main", "window_painted", "peak_rss_kb"});
        bareMain.values << bare.ms("exec", "main");
        barePainted.values << bare.ms("exec", "window_painted");
        barePeak << double(bare.marks.value("peak_rss_kb")) / 1024.0;
        const Child trinn = runChild(parser.value(trinnOption), trinnArguments, signedInAs(parser.value(userOption)), trinnMarks);
        trinnMain.values << trinn.ms("exec", "main");
        login.values << trinn.ms("exec", "login_painted");
        signIn.values << trinn.ms("signin_started", "workspace_painted");
        signInOnly.values << trinn.ms("signin_started", "signin_done");
        build.values << trinn.ms("signin_done", "window_built");
        show.values << trinn.ms("window_built", "workspace_painted");
        argon.values << double(trinn.marks.value("argon2id_ns", -1000000)) / 1e6;
        whole.values << trinn.ms("exec", "workspace_painted");
        signInPeak << double(trinn.marks.value("signin_peak_kb")) / 1024.0;
        trinnPeak << double(trinn.marks.value("workspace_peak_kb")) / 1024.0;
        peakReset = peakReset && trinn.marks.value("peak_reset") == 1;
        err << "run " << run + 1 << ": bare " << QString::number(barePainted.values.last(), 'f', 1) << " ms, login "
            << QString::number(login.values.last(), 'f', 1) << " ms, workspace "
            << QString::number(signIn.values.last(), 'f', 1) << " ms after sign-in" << Qt::endl;
    }
    trinnMain.floor = median(bareMain.values);
    login.floor = median(barePainted.values);
    whole.floor = median(barePainted.values);
    const QList<Measure> measures{bareMain, barePainted, trinnMain, login, signIn, signInOnly, argon, build, show, whole};

    // Every workspace each role may use, opened in turn: the most it holds.
    QJsonArray memory;
    double everyWorkspacePeak = 0;
    double processPeak = 0;
    for (const QString &user : parser.value(memoryOption).split(u',', Qt::SkipEmptyParts)) {
        QMap<QString, QString> environment = signedInAs(user);
        environment.insert(QStringLiteral("TRINN_MEASURE_EVERY_WORKSPACE"), QStringLiteral("1"));
        const Child trinn = runChild(parser.value(trinnOption), trinnArguments, environment, trinnMarks + QList<QByteArray>{"peak_rss_kb"});
        // Since sign-in (the high-water mark starts again there), and the
        // whole process's with sign-in's Argon2id in it.
        const double peak = double(trinn.marks.value("peak_rss_kb")) / 1024.0;
        const double signInAt = double(trinn.marks.value("signin_peak_kb")) / 1024.0;
        everyWorkspacePeak = std::max(everyWorkspacePeak, peak);
        processPeak = std::max({processPeak, peak, signInAt});
        peakReset = peakReset && trinn.marks.value("peak_reset") == 1;
        QJsonArray workspaces;
        for (int workspace = 1; workspace <= 6; ++workspace) {
            const QByteArray name = "workspace_" + QByteArray::number(workspace);
            const bool first = trinn.marks.value("first_workspace") == workspace;
            if (!first && !trinn.marks.contains(name + "_painted"))
                continue;
            const QByteArray rss = first ? QByteArray("workspace_rss_kb") : name + "_rss_kb";
            const QByteArray high = first ? QByteArray("workspace_peak_kb") : name + "_peak_kb";
            // Ctrl+N to its first frame (the first one was opened at start).
            const double opening = first ? 0 : trinn.ms(QByteArray(name + "_opening").constData(), QByteArray(name + "_painted").constData());
            workspaces.append(QJsonObject{{QStringLiteral("workspace"), workspace},
                                          {QStringLiteral("open_ms"), opening},
                                          {QStringLiteral("rss_mb"), double(trinn.marks.value(rss)) / 1024.0},
                                          {QStringLiteral("peak_mb"), double(trinn.marks.value(high)) / 1024.0}});
        }
        memory.append(QJsonObject{{QStringLiteral("user"), user},
                                  {QStringLiteral("peak_rss_mb"), peak},
                                  {QStringLiteral("signin_peak_rss_mb"), signInAt},
                                  {QStringLiteral("workspaces"), workspaces}});
        QStringList opened;
        for (const QJsonValue &w : std::as_const(workspaces)) {
            if (w[QStringLiteral("open_ms")].toDouble() > 0)
                opened << QStringLiteral("%1: %2 ms").arg(w[QStringLiteral("workspace")].toInt()).arg(w[QStringLiteral("open_ms")].toDouble(), 0, 'f', 1);
        }
        err << "  " << user << ": Ctrl+N to painted " << opened.join(QStringLiteral(", ")) << Qt::endl;
        err << "  " << user << ": every workspace opened (" << workspaces.size() << "), peak " << QString::number(peak, 'f', 1)
            << " MB since sign-in, " << QString::number(signInAt, 'f', 1) << " MB at sign-in" << Qt::endl;
    }

    QJsonArray json;
    for (const Measure &m : measures) {
        const double med = median(m.values);
        const double ratio = m.floor > 0 ? med / m.floor : 0;
        out << m.name << ' ' << QString::number(med, 'f', 3) << ' ' << QString::number(m.floor, 'f', 3) << ' '
            << QString::number(ratio, 'f', 2) << Qt::endl;
        err << "  " << m.name << ": " << m.note << Qt::endl;
        json.append(QJsonObject{{QStringLiteral("name"), m.name},
                                {QStringLiteral("median_ms"), med},
                                {QStringLiteral("floor_ms"), m.floor},
                                {QStringLiteral("ratio"), ratio},
                                {QStringLiteral("min_ms"), *std::min_element(m.values.cbegin(), m.values.cend())},
                                {QStringLiteral("max_ms"), *std::max_element(m.values.cbegin(), m.values.cend())},
                                {QStringLiteral("note"), m.note}});
    }
    out << "bare_peak_rss_mb " << QString::number(median(barePeak), 'f', 1) << Qt::endl;
    out << "signin_peak_rss_mb " << QString::number(median(signInPeak), 'f', 1) << Qt::endl;
    out << "first_workspace_peak_rss_mb " << QString::number(median(trinnPeak), 'f', 1) << Qt::endl;
    if (!memory.isEmpty()) {
        out << "every_workspace_peak_rss_mb " << QString::number(everyWorkspacePeak, 'f', 1) << Qt::endl;
        out << "process_peak_rss_mb " << QString::number(processPeak, 'f', 1) << Qt::endl;
    }
    err << "  signin_peak_rss_mb: the high-water mark at sign-in, Argon2id's 46 MiB in it" << Qt::endl
        << "  first_workspace_peak_rss_mb, every_workspace_peak_rss_mb: the high-water mark since sign-in"
        << (peakReset ? "" : " (NOT reset by this kernel: the whole process's)") << Qt::endl
        << "  process_peak_rss_mb: the whole process's, with every workspace opened" << Qt::endl;
    if (parser.isSet(jsonOption)) {
        QFile file(parser.value(jsonOption));
        if (!file.open(QIODevice::WriteOnly))
            fail(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("journal"), journal},
                                             {QStringLiteral("runs"), runs},
                                             {QStringLiteral("platform"), platform},
                                             {QStringLiteral("user"), parser.value(userOption)},
                                             {QStringLiteral("bare_peak_rss_mb"), median(barePeak)},
                                             {QStringLiteral("signin_peak_rss_mb"), median(signInPeak)},
                                             {QStringLiteral("first_workspace_peak_rss_mb"), median(trinnPeak)},
                                             {QStringLiteral("every_workspace_peak_rss_mb"), everyWorkspacePeak},
                                             {QStringLiteral("process_peak_rss_mb"), processPeak},
                                             {QStringLiteral("peak_reset_after_signin"), peakReset},
                                             {QStringLiteral("measures"), json},
                                             {QStringLiteral("memory"), memory}})
                       .toJson());
    }
    return 0;
}
