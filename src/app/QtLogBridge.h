#pragma once

namespace certdrill::app {

/// Routes Qt's messages (qDebug, qWarning, QML console and errors) to spdlog's log file.
void installQtLogBridge();

} // namespace certdrill::app
