#include "app/dashboard/StudySnapshot.h"

#include "app/AppContext.h"

namespace certdrill::app {

core::Result<StudySnapshot> StudySnapshot::of(const AppContext& context)
{
    auto profile = context.currentProfile();
    if (!profile)
        return tl::unexpected{profile.error()};
    StudySnapshot snapshot;
    snapshot.profile = std::move(*profile);
    snapshot.banks = context.banks()->banks();
    snapshot.now = context.clock().now();
    snapshot.databaseFile = context.locations().databaseFile();
    return snapshot;
}

core::Result<std::unique_ptr<storage::Database>> StudySnapshot::open() const
{
    return storage::Database::open(databaseFile, storage::Database::IntegrityCheck::Skip);
}

core::BankPtr StudySnapshot::bank(const std::string& id) const
{
    for (const auto& b : banks)
        if (b->id == id)
            return b;
    return nullptr;
}

bool followStudyChanges(QPointer<AppContext>& current, AppContext* next, QObject* receiver,
                        const std::function<void()>& refresh)
{
    if (current == next)
        return false;
    if (current) {
        QObject::disconnect(current, nullptr, receiver, nullptr);
        QObject::disconnect(current->banks(), nullptr, receiver, nullptr);
    }
    current = next;
    if (next) {
        QObject::connect(next, &AppContext::studyChanged, receiver, refresh);
        QObject::connect(next, &AppContext::profileChanged, receiver, refresh);
        QObject::connect(next->banks(), &BankCatalog::banksChanged, receiver, refresh);
    }
    return true;
}

} // namespace certdrill::app
