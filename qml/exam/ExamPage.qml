pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CertDrill
import CertDrill.Backend

/// A timed exam simulation, faithful to the real exam screen: the time left always visible (amber
/// at 10 minutes, red at 5), question N of M, flags and the review screen where the bank's rules
/// allow them, Back/Next, and Submit with a confirmation. Core saves every step, so leaving (or a
/// crash) keeps the exam resumable. Keys: Enter next, F flag, Ctrl+R review screen, Esc leave.
/// Buttons here have no shadow (Material.elevation 0): its layer hides them under software rendering.
Page {
    id: root

    /// The bank to examine; `options`: practice (pausing allowed), seed, count, minutes; resume
    /// (continue an unfinished exam without asking) or fresh (start a new one without asking);
    /// reviewScreen (open it at once).
    property string bankId
    property var options: ({})
    readonly property alias controller: exam
    /// Figures or a session are still on their way (Main waits for this before a --screenshot).
    readonly property bool loading: exam.starting
    /// Whether the start panel is shown (resume, start, start a practice exam).
    property bool choosing: false

    signal submitted(int sessionId, bool timedOut)
    signal exited()

    title: exam.active ? (exam.practice ? qsTr("%1 practice exam").arg(exam.examCode) : qsTr("%1 exam").arg(exam.examCode))
                       : qsTr("Exam")
    Accessible.name: title

    ExamController {
        id: exam
        onSubmitted: (sessionId, timedOut) => root.submitted(sessionId, timedOut)
        onPositionChanged: {
            view.response = exam.response
            view.forceActiveFocus()
        }
        onWarned: minutes => warning.show(minutes)
        // A new exam arrives after its draw (off the GUI thread); a resumed one at once.
        onStateChanged: {
            if (exam.active && root.options.reviewScreen && !root.reviewShown) {
                root.reviewShown = true
                root.openReview()
            }
        }
    }
    /// `options.reviewScreen` opens the review screen once, when the exam is first shown.
    property bool reviewShown: false

    /// Once the banks are loaded: resumes or starts as `options` say, else shows the start panel.
    function begin() {
        if (exam.active || exam.starting || choosing || App.banks.busy)
            return
        if (options.resume && exam.hasUnfinished(bankId))
            exam.resume(bankId)
        else if (options.fresh || options.resume || options.seed !== undefined)
            exam.start(bankId, options)
        else {
            startInfo = exam.examInfo(bankId)
            choosing = true
            start.forceActiveFocus()
        }
    }
    property var startInfo: ({})
    function resumeExam() {
        choosing = false
        exam.resume(bankId)
    }
    function startNew(practice) {
        choosing = false
        exam.start(bankId, Object.assign({}, options, { practice: practice }))
    }
    /// Esc and the Back button: leaving keeps the exam resumable, but asks first.
    function requestLeave() {
        if (review.visible || submitDialog.visible || forwardDialog.visible || leaveDialog.visible) {
            review.close()
            submitDialog.reject()
            forwardDialog.reject()
            leaveDialog.reject()
        } else if (exam.active)
            leaveDialog.open()
        else
            root.exited()
    }
    function goNext() {
        if (!exam.active || exam.paused)
            return
        if (exam.isLast)
            submitDialog.open()
        else if (exam.nextLeavesUnanswered)
            forwardDialog.open()
        else
            exam.next()
    }
    function togglePause() {
        if (exam.paused)
            exam.unpause()
        else
            exam.pause()
    }
    function toggleFlag() {
        if (exam.active && exam.canFlag && !exam.paused)
            exam.setFlagged(!exam.flagged)
    }
    function openReview() {
        if (exam.active && exam.canReview && !exam.paused) {
            exam.refreshReviewScreen()
            review.open()
        }
    }
    function edited(response) {
        // An incomplete answer ("choose two" with one ticked) is no answer yet.
        exam.answer(view.complete ? response : null)
    }
    /// The time left as h:mm:ss (or m:ss under an hour).
    function clock(ms) {
        const total = Math.ceil(ms / 1000)
        const h = Math.floor(total / 3600)
        const m = Math.floor(total % 3600 / 60)
        const s = total % 60
        const two = n => (n < 10 ? "0" : "") + n
        return h > 0 ? h + ":" + two(m) + ":" + two(s) : m + ":" + two(s)
    }

    Component.onCompleted: begin()
    Component.onDestruction: exam.leave()
    Connections {
        target: App.banks
        function onBusyChanged() { root.begin() }
    }

    header: ExamBar {
        controller: exam
        timeText: root.clock(exam.timeLeftMs)
        onFlagClicked: root.toggleFlag()
        onReviewClicked: root.openReview()
        onPauseClicked: root.togglePause()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            objectName: "errorLabel"
            visible: exam.error.length > 0
            text: exam.error
            color: Material.color(Material.Red)
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Layout.margins: 12
        }
        WarningBanner {
            id: warning
            Layout.fillWidth: true
        }

        ScrollView {
            id: scroll
            objectName: "questionScroll"
            visible: exam.active && !exam.paused
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            QuestionView {
                id: view
                objectName: "questionView"
                x: 32
                width: Math.min(scroll.availableWidth - 64, 960)
                y: 24
                question: exam.active ? exam.question : null
                focus: true
                onResponseEdited: response => root.edited(response)
            }
        }

        Pane {
            objectName: "pausedPane"
            visible: exam.paused
            Layout.fillWidth: true
            Layout.fillHeight: true
            ColumnLayout {
                anchors.centerIn: parent
                spacing: 12
                Label {
                    text: qsTr("Practice exam paused")
                    font.pixelSize: root.font.pixelSize * 1.6
                    Layout.alignment: Qt.AlignHCenter
                }
                Label {
                    text: qsTr("The clock is stopped and the question is hidden. A real exam cannot be paused.")
                    opacity: 0.7
                    Layout.alignment: Qt.AlignHCenter
                }
                Button {
                    Material.elevation: 0
                    objectName: "continueButton"
                    text: qsTr("Continue")
                    highlighted: true
                    Layout.alignment: Qt.AlignHCenter
                    onClicked: exam.unpause()
                    Accessible.name: qsTr("Continue the exam")
                }
            }
        }

        ExamStart {
            id: start
            objectName: "examStart"
            visible: root.choosing
            info: root.startInfo
            Layout.fillWidth: true
            Layout.fillHeight: true
            onResumeClicked: root.resumeExam()
            onStartClicked: practice => root.startNew(practice)
        }

        Item {
            visible: !exam.active && !root.choosing && !exam.paused
            Layout.fillHeight: true
            Layout.fillWidth: true
            BusyIndicator {
                objectName: "startingIndicator"
                anchors.centerIn: parent
                running: App.banks.busy || exam.starting
                Accessible.name: exam.starting ? qsTr("Drawing the exam") : qsTr("Loading the question banks")
            }
        }
    }

    footer: Pane {
        visible: exam.active
        padding: 6
        background: Rectangle {
            color: root.Material.theme === Material.Dark ? "#262626" : "#eceff1"
        }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 10
            anchors.rightMargin: 10
            spacing: 12
            Button {
                Material.elevation: 0
                objectName: "backQuestionButton"
                text: qsTr("Back")
                // Forward-only exams go back only inside a scenario's block of questions.
                visible: !exam.forwardOnly || exam.canGoBack
                enabled: exam.canGoBack && !exam.paused
                onClicked: exam.previous()
                Accessible.name: qsTr("Previous question")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Previous question")
            }
            Label {
                objectName: "forwardOnlyNote"
                visible: exam.forwardOnly
                text: qsTr("This exam moves forward only: answered questions cannot be revisited.")
                opacity: 0.75
            }
            Item { Layout.fillWidth: true }
            Label {
                objectName: "answeredLabel"
                text: qsTr("%1 of %2 answered").arg(exam.answeredCount).arg(exam.total)
                opacity: 0.8
            }
            Button {
                Material.elevation: 0
                objectName: "submitButton"
                text: qsTr("Submit exam")
                visible: !exam.isLast
                enabled: !exam.paused
                onClicked: submitDialog.open()
                Accessible.name: qsTr("Submit the exam")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Finish and score the exam")
            }
            Button {
                Material.elevation: 0
                objectName: "nextButton"
                text: exam.isLast ? qsTr("Submit exam") : qsTr("Next")
                highlighted: true
                enabled: !exam.paused
                onClicked: root.goNext()
                Accessible.name: exam.isLast ? qsTr("Submit the exam") : qsTr("Next question")
                ToolTip.visible: hovered
                ToolTip.text: exam.isLast ? qsTr("Submit the exam (Enter)") : qsTr("Next question (Enter)")
            }
        }
    }

    ReviewScreen {
        id: review
        controller: exam
        onSubmitRequested: {
            review.close()
            submitDialog.open()
        }
    }

    ConfirmDialog {
        id: submitDialog
        objectName: "submitDialog"
        title: qsTr("Submit the exam?")
        text: exam.unansweredCount > 0
              ? qsTr("%n question(s) unanswered. Submit the exam anyway?", "", exam.unansweredCount)
              : qsTr("Every question is answered. Submit the exam for scoring?")
        acceptText: qsTr("Submit")
        rejectText: qsTr("Keep working")
        onAccepted: exam.submit()
    }
    ConfirmDialog {
        id: forwardDialog
        objectName: "forwardDialog"
        title: qsTr("Leave unanswered?")
        text: qsTr("Some questions here are unanswered. This exam moves forward only: you cannot come back to them.")
        acceptText: qsTr("Move on")
        rejectText: qsTr("Stay")
        onAccepted: exam.next()
    }
    ConfirmDialog {
        id: leaveDialog
        objectName: "leaveDialog"
        title: qsTr("Leave the exam?")
        text: qsTr("The exam stays unfinished and you can resume it later from where you are; the clock stops while you are away.")
        acceptText: qsTr("Leave")
        rejectText: qsTr("Stay")
        onAccepted: {
            exam.leave()
            root.exited()
        }
    }

    Shortcut {
        sequences: ["Return", "Enter"]
        enabled: exam.active && !root.dialogOpen
        onActivated: root.goNext()
    }
    Shortcut {
        sequence: "F"
        enabled: exam.active && exam.canFlag && !root.dialogOpen
        onActivated: root.toggleFlag()
    }
    Shortcut {
        sequence: "Ctrl+P"
        enabled: exam.canPause && !root.dialogOpen
        onActivated: root.togglePause()
    }
    Shortcut {
        sequence: "Ctrl+R"
        enabled: exam.active && exam.canReview && !root.dialogOpen
        onActivated: root.openReview()
    }
    readonly property bool dialogOpen: submitDialog.visible || forwardDialog.visible || leaveDialog.visible || review.visible
}
