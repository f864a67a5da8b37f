#pragma once

#include "core/common/Error.h"

#include <QString>

namespace certdrill::app {

/// A translated sentence for an error from core or storage, by its stable code; the message
/// (names, numbers) is added for codes without a sentence of their own.
[[nodiscard]] QString errorMessage(const core::Error& error);

} // namespace certdrill::app
