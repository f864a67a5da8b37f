#pragma once

class QCoreApplication;

namespace certdrill::app {

/// Installs the app's translation for the system's language, or English (which supplies the
/// plural forms of the "%n ..." strings). False when no translation could be loaded.
bool installTranslations(QCoreApplication& application);

} // namespace certdrill::app
