#include "oneshotbody.h"

#include <cstring>

OneShotBody::OneShotBody(QByteArray data, QObject* parent, Use use)
    : QIODevice(parent)
    , m_data(std::move(data))
    , m_use(use) {
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool OneShotBody::seek(qint64 position) {
    if (m_use == Use::Stream || position != m_position)
        return false;
    return QIODevice::seek(position);
}

qint64 OneShotBody::bytesAvailable() const {
    return m_data.size() - m_position;
}

qint64 OneShotBody::readData(char* data, qint64 maxSize) {
    const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_position);
    if (count <= 0)
        return m_position >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_position, size_t(count));
    m_position += count;
    return count;
}
