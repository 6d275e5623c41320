#include "jobs/jobhistorymodel.h"
#include "jobs/jobstore.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The history model over 10,000 generated jobs: lazy, searchable, live.
class TestJobHistoryModel final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void loadsAPageAtATime();
    void pagesArriveNewestFirstWithoutGapsOrRepeats();
    void searchesAndFiltersInSql();
    void followsChangesOfSingleJobs();
    void passesTheModelTester();

private:
    static constexpr int Rows = 10'000;
    static constexpr qint64 FirstSecond = 1'700'000'000;

    QTemporaryDir m_dir;
    std::unique_ptr<JobStore> m_store;
};

void TestJobHistoryModel::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_store = std::make_unique<JobStore>(m_dir.filePath(u"history.sqlite"_s));
    QVERIFY(m_store->isOpen());
    QList<Video> videos;
    videos.reserve(Rows);
    for (int i = 0; i < Rows; ++i) {
        Video video;
        video.id = u"video_%1"_s.arg(i, 5, 10, QLatin1Char('0'));
        // Every 100th job mentions a lighthouse; every 7th failed.
        video.prompt = i % 100 == 0 ? u"A lighthouse at dusk, take %1"_s.arg(i)
                                    : u"Ocean waves, take %1"_s.arg(i);
        video.status = i % 7 == 0 ? VideoStatus::Failed : VideoStatus::Completed;
        video.progress = 100;
        video.createdAt = QDateTime::fromSecsSinceEpoch(FirstSecond + i, Qt::UTC);
        videos << video;
    }
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(m_store->importVideos(u"p"_s, QUrl(u"http://g/"_s), videos), Rows);
    qInfo("10,000 rows written in one transaction in %lld ms", timer.elapsed());
}

void TestJobHistoryModel::loadsAPageAtATime() {
    JobHistoryModel model(m_store.get());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore({}));
    QElapsedTimer timer;
    timer.start();
    model.fetchMore({});
    const qint64 firstPageMs = timer.elapsed();
    QCOMPARE(model.rowCount(), model.pageSize());
    QVERIFY(model.rowCount() < Rows);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.totalCount(), Rows);
    // One page must not cost more than a frame or two, however big the library.
    QVERIFY2(firstPageMs < 250, qPrintable(QString::number(firstPageMs)));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * model.pageSize());
}

void TestJobHistoryModel::pagesArriveNewestFirstWithoutGapsOrRepeats() {
    JobHistoryModel model(m_store.get());
    model.setPageSize(1000);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), Rows);
    QCOMPARE(model.index(0).data(JobHistoryModel::VideoIdRole).toString(), u"video_09999"_s);
    QCOMPARE(model.index(Rows - 1).data(JobHistoryModel::VideoIdRole).toString(), u"video_00000"_s);
    for (int row = 1; row < Rows; ++row) {
        QVERIFY(model.index(row - 1).data(JobHistoryModel::CreatedAtRole).toDateTime() >
                model.index(row).data(JobHistoryModel::CreatedAtRole).toDateTime());
    }
}

void TestJobHistoryModel::searchesAndFiltersInSql() {
    JobHistoryModel model(m_store.get());
    model.setSearchText(u"LIGHTHOUSE"_s);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 100);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row)
                    .data(JobHistoryModel::PromptRole)
                    .toString()
                    .contains(u"lighthouse"_s));

    model.setStateFilter({JobState::Failed});
    while (model.canFetchMore({}))
        model.fetchMore({});
    // i % 100 == 0 and i % 7 == 0: i % 700 == 0, i < 10,000.
    QCOMPARE(model.rowCount(), 15);
    QCOMPARE(model.index(0).data(JobHistoryModel::StateKeyRole).toString(), u"failed"_s);

    model.setSearchText({});
    QCOMPARE(model.totalCount(), (Rows + 6) / 7);
    model.setSearchText(u"video_0999"_s); // IDs are searched too
    QCOMPARE(model.rowCount(), 1);        // of 09990..09999 only 09996 failed
}

void TestJobHistoryModel::followsChangesOfSingleJobs() {
    JobHistoryModel model(m_store.get());
    model.fetchMore({});
    JobRecord fresh;
    fresh.profileId = u"p"_s;
    fresh.baseUrl = QUrl(u"http://g/"_s);
    fresh.prompt = u"just submitted"_s;
    fresh.state = JobState::Submitting;
    fresh.createdAt = QDateTime::currentDateTimeUtc();
    const qint64 id = m_store->insert(fresh);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.addJob(id);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowOf(id), 0);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    m_store->modify(id, [](JobRecord& row) {
        row.state = JobState::InProgress;
        row.progress = 30;
    });
    model.refreshJob(id);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0).data(JobHistoryModel::ProgressRole).toInt(), 30);

    // A filtered view drops a job that no longer matches.
    model.setStateFilter({JobState::InProgress});
    QCOMPARE(model.rowCount(), 1);
    m_store->modify(id, [](JobRecord& row) { row.state = JobState::Completed; });
    model.refreshJob(id);
    QCOMPARE(model.rowCount(), 0);

    m_store->remove(id);
    model.setStateFilter({});
    QCOMPARE(model.rowOf(id), -1);
}

void TestJobHistoryModel::passesTheModelTester() {
    JobHistoryModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore({});
    model.setSearchText(u"take 12"_s);
    model.fetchMore({});
    model.reload();
    QVERIFY(model.rowCount() > 0);
}

QTEST_GUILESS_MAIN(TestJobHistoryModel)
#include "tst_jobhistorymodel.moc"
