#pragma once

#include <QIODevice>

// A request body that can be read exactly once. Qt silently re-sends a request
// whose connection closed before the answer (measured with Qt 6.4: the mock saw
// the remix POST twice), which for a paid remix means a duplicate charge. Qt can
// only re-send what it can rewind; this device refuses to rewind, so Qt reports
// ContentReSendError instead, and the outcome is recorded as unknown.
class OneShotBody final : public QIODevice {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotBody)

public:
    explicit OneShotBody(QByteArray data, QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    // The whole length, read or not: a multipart form measures its parts by it.
    qint64 size() const override { return m_data.size(); }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};
