// Every dialog gives each accelerator letter to one control only, in English and German (issue 13:
// "Delete &Pod…" and "&Push" shared one; the commit dialog's "&Message" and "Include SQS &messages" too).
#include "AcceleratorCheck.h"

#include "app/dialogs/CommitDialog.h"
#include "app/dialogs/InjectDialog.h"
#include "app/dialogs/PropertiesDialog.h"
#include "app/dialogs/SettingsDialog.h"
#include "app/jobs/JobRunner.h"
#include "app/remotes/CloneDialog.h"
#include "app/remotes/RemoteAddDialog.h"
#include "app/remotes/RemoteBrowserDialog.h"
#include "app/remotes/RemotesDialog.h"
#include "app/settings/AppSettings.h"
#include "jobs/CommitDirectory.h"
#include "support/TestHome.h"

#include <QTranslator>
#include <QtTest>

using namespace poddeck;

class TestDialogAccelerators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("PodDeck-accelerator-tests"));
        // Inject's preview needs a version; nothing has to answer at the endpoint for its controls to show.
        QDir().mkpath(m_home.file("tree"));
        QFile f(m_home.file("tree/a.txt"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a");
        f.close();
        JobContext context;
        QVERIFY(commitDirectory({m_home.path(), "p", m_home.file("tree"), "m", "t@h"}, context).ok());
    }

    void noClashes_data()
    {
        QTest::addColumn<bool>("german");
        QTest::newRow("en") << false;
        QTest::newRow("de") << true;
    }

    void noClashes()
    {
        QFETCH(bool, german);
        test::ScopedGerman translation(german);
        QVERIFY(!translation.failed());
        JobRunner jobs;
        QStringList clashes;
        const auto check = [&clashes](QWidget *w, const QString &name) {
            w->show();
            clashes += test::acceleratorClashes(w, name);
            w->close();
        };
        {
            CommitDialog d({"p"}, "p", "http://127.0.0.1:1", {"us-east-1"});
            check(&d, "CommitDialog");
        }
        {
            InjectDialog d(&jobs, m_home.path(), AppSettings::load(), "http://127.0.0.1:1", VersionRef{"p", 1});
            check(&d, "InjectDialog");
        }
        {
            Version v;
            v.pod = "p";
            v.number = 1;
            PropertiesDialog d(v);
            SpaceReport report;
            report.history.append({1, {}, "m", {}, 1, 1});
            d.setSpace(report);
            d.setPodDescription(PodDescription{"text", {"label"}, {}});
            check(&d, "PropertiesDialog");
        }
        {
            SettingsDialog d(AppSettings::load());
            check(&d, "SettingsDialog");
        }
        {
            RemoteAddDialog d(&jobs, m_home.path());
            check(&d, "RemoteAddDialog");
        }
        {
            RemotesDialog d(&jobs, m_home.path());
            check(&d, "RemotesDialog");
        }
        {
            RemotePodInfo pod;
            pod.name = "p";
            CloneDialog d("team", {pod});
            check(&d, "CloneDialog");
        }
        {
            RemoteBrowserDialog d(&jobs, m_home.path(), {RemoteInfo{"team", "file:///nowhere", {}}}, "team");
            check(&d, "RemoteBrowserDialog");
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

private:
    test::TestHome m_home;
};

QTEST_MAIN(TestDialogAccelerators)
#include "tst_dialogaccelerators.moc"
