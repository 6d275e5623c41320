#include "api/apiclient.h"
#include "jobs/gatewaypool.h"
#include "jobs/requestslots.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The job library's gateways: one per profile, owned by the pool, and who
// works with them hears when one may be used and when it must stop.
class TestGatewayPool final : public QObject {
    Q_OBJECT

private slots:
    void addOwnsTheGatewayAndSaysItIsReady();
    void removeSaysStoppingWhileTheGatewayStillExists();
    void replacingAGatewayStopsTheOldOneFirst();
    void pauseStopsEveryGatewayAndResumeMakesThemReady();
    void addedWhilePausedIsNotReady();

private:
    static ClientConfig config() {
        return ClientConfig::forGateway(QUrl(u"http://127.0.0.1:9"_s), u"sk-test"_s);
    }
    static GatewayPool::Limits limits() { return {3, 1, false}; }
};

void TestGatewayPool::addOwnsTheGatewayAndSaysItIsReady() {
    GatewayPool pool(limits());
    QSignalSpy ready(&pool, &GatewayPool::ready);
    pool.add(u"p"_s, config(), 5);
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.first().first().toString(), u"p"_s);
    QVERIFY(pool.has(u"p"_s));
    const Gateway* gateway = pool.find(u"p"_s);
    QVERIFY(gateway && gateway->client);
    QCOMPARE(gateway->baseUrl, QUrl(u"http://127.0.0.1:9"_s));
    QCOMPARE(gateway->pollIntervalMs, 100); // never faster than that
    QVERIFY(gateway->loopback);
    QCOMPARE(pool.requestSlots(u"p"_s), gateway->requestSlots.get());
    QCOMPARE(gateway->requestSlots->limit(), 3);
    QCOMPARE(gateway->submitSlots->limit(), 1);
    QCOMPARE(pool.listSupported(u"p"_s), std::nullopt);
    QVERIFY(!pool.find(u"other"_s));
}

void TestGatewayPool::removeSaysStoppingWhileTheGatewayStillExists() {
    GatewayPool pool(limits());
    pool.add(u"p"_s, config(), 1000);
    QPointer<ApiClient> client = pool.find(u"p"_s)->client.get();
    bool existedWhenStopping = false;
    bool removedFlag = false;
    connect(&pool, &GatewayPool::stopping, this, [&](const QString& profileId, bool removed) {
        existedWhenStopping = pool.find(profileId) != nullptr;
        removedFlag = removed;
    });
    pool.remove(u"p"_s);
    QVERIFY(existedWhenStopping);
    QVERIFY(removedFlag);
    QVERIFY(!pool.has(u"p"_s));
    QVERIFY(!client);    // the pool owned it
    pool.remove(u"p"_s); // nothing left: no second stopping
}

void TestGatewayPool::replacingAGatewayStopsTheOldOneFirst() {
    GatewayPool pool(limits());
    QStringList events;
    connect(&pool, &GatewayPool::stopping, this,
            [&](const QString& profileId) { events << u"stopping "_s + profileId; });
    connect(&pool, &GatewayPool::ready, this,
            [&](const QString& profileId) { events << u"ready "_s + profileId; });
    pool.add(u"p"_s, config(), 1000);
    pool.add(u"p"_s, ClientConfig::forGateway(QUrl(u"http://127.0.0.1:10"_s), u"k"_s), 1000);
    QCOMPARE(events, (QStringList{u"ready p"_s, u"stopping p"_s, u"ready p"_s}));
    QCOMPARE(pool.find(u"p"_s)->baseUrl, QUrl(u"http://127.0.0.1:10"_s));
}

void TestGatewayPool::pauseStopsEveryGatewayAndResumeMakesThemReady() {
    GatewayPool pool(limits());
    pool.add(u"a"_s, config(), 1000);
    pool.add(u"b"_s, config(), 1000);
    QSignalSpy stopping(&pool, &GatewayPool::stopping);
    QSignalSpy ready(&pool, &GatewayPool::ready);
    QSignalSpy paused(&pool, &GatewayPool::pausedChanged);
    pool.setPaused(true);
    QCOMPARE(stopping.count(), 2);
    QVERIFY(!stopping.first().at(1).toBool()); // paused, not removed
    QVERIFY(pool.find(u"a"_s)->paused && pool.find(u"b"_s)->paused);
    pool.setPaused(true); // no change, no signal
    QCOMPARE(paused.count(), 1);
    pool.setPaused(false);
    QCOMPARE(ready.count(), 2);
    QVERIFY(!pool.find(u"a"_s)->paused);
    QCOMPARE(paused.count(), 2);
}

void TestGatewayPool::addedWhilePausedIsNotReady() {
    GatewayPool pool(limits());
    pool.setPaused(true);
    QSignalSpy ready(&pool, &GatewayPool::ready);
    pool.add(u"p"_s, config(), 1000);
    QCOMPARE(ready.count(), 0);
    QVERIFY(pool.find(u"p"_s)->paused);
    pool.setPaused(false);
    QCOMPARE(ready.count(), 1);
}

QTEST_GUILESS_MAIN(TestGatewayPool)
#include "tst_gatewaypool.moc"
