#include "version.h"

namespace tl {

const char* taskletlab_version() {
    return TASKLETLAB_VERSION;
}

} // namespace tl
