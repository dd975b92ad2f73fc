#include "ServiceCatalog.h"

#include <algorithm>
#include <numeric>

namespace ic {

ServiceCatalog::ServiceCatalog(QList<Service> services) : m_services(std::move(services))
{
    m_index.reserve(m_services.size());
    for (qsizetype i = 0; i < m_services.size(); ++i)
        m_index.insert(m_services.at(i).id, i);
    m_dependents.resize(m_services.size());
    for (qsizetype i = 0; i < m_services.size(); ++i) {
        for (const Dependency &dependency : m_services.at(i).dependsOn) {
            const qsizetype target = indexOf(dependency.target);
            if (target >= 0)
                m_dependents[target].append({i, dependency.soft});
        }
    }
    m_idOrder.resize(m_services.size());
    std::iota(m_idOrder.begin(), m_idOrder.end(), qsizetype(0));
    std::sort(m_idOrder.begin(), m_idOrder.end(),
              [this](qsizetype a, qsizetype b) { return m_services.at(a).id < m_services.at(b).id; });
    m_idRank.resize(m_services.size());
    for (qsizetype rank = 0; rank < m_idOrder.size(); ++rank)
        m_idRank[m_idOrder.at(rank)] = rank;
}

const Service *ServiceCatalog::find(const QString &id) const
{
    const qsizetype i = indexOf(id);
    return i < 0 ? nullptr : &m_services.at(i);
}

} // namespace ic
