#pragma once

#include <QIODevice>

// A request body that can be read exactly once. Qt silently re-sends a request
// whose connection closed before the answer (measured with Qt 6.4: the mock saw
// the remix POST twice), which for a paid remix means a duplicate charge. Qt can
// only re-send what it can rewind; this device refuses to rewind, so Qt reports
// ContentReSendError instead, and the outcome is recorded as unknown.
//
// As a part of a QHttpMultiPart it must not be sequential: a form with a
// sequential part is sequential as a whole, and Qt then waits for the end of
// a stream that never ends (measured with Qt 6.4: the upload never started).
// So a Part has a size and a position, and still cannot go back.
class OneShotBody final : public QIODevice {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotBody)

public:
    enum class Use { Stream, Part };

    explicit OneShotBody(QByteArray data, QObject* parent = nullptr, Use use = Use::Stream);

    bool isSequential() const override { return m_use == Use::Stream; }
    qint64 size() const override { return m_data.size(); }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }
    // Only where it already is: never back to the start for a second send.
    bool seek(qint64 position) override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
    Use m_use = Use::Stream;
};
