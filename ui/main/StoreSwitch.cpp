#include "main/StoreSwitch.h"

#include "main/MainWindow.h"
#include "main/StoreConnection.h"
#include "main/StoreConnectionDialog.h"

namespace zansai::ui {

bool switchToConfiguredStore(MainWindow& window, std::unique_ptr<CaseStore>& owner,
                             const PrepareStore& prepare, const Clock& clock)
{
    std::unique_ptr<CaseStore> next =
        openConfiguredStore(configuredStoreConnection(), &window, clock);
    if (next && prepare)
        next = prepare(std::move(next));
    if (!next)
        return false;
    window.setStore(next.get()); // saves what the open store still has pending, then switches
    owner = std::move(next);     // the old store is closed only now, after its last save
    return true;
}

} // namespace zansai::ui
