import QtQuick
import CertDrill.Backend

/// A seeded exam answered mechanically (the first choices) and submitted, so that a results page
/// opened from the command line (`--page results:BANK`) has a real report to show.
ExamController {
    id: root

    property string bankId
    property bool pending: false
    signal done(int sessionId)

    function runWhenReady() {
        pending = true
        if (!App.banks.busy)
            run()
    }
    /// The exam is drawn off the GUI thread: answer it once it is active.
    property bool drawing: false
    function run() {
        pending = false
        drawing = start(bankId, { seed: 1 })
    }
    onStateChanged: {
        if (drawing && active) {
            drawing = false
            Qt.callLater(answerAndSubmit) // after the controller has shown the first question
        }
    }
    onErrorChanged: if (drawing && error.length > 0) drawing = false
    function answerAndSubmit() {
        for (let i = 0; i < total; ++i) {
            const q = question
            if (q.type === "single")
                answer(q.choices[0].id)
            else if (q.type === "multiple")
                answer(q.choices.slice(0, q.chooseCount).map(c => c.id))
            if (!isLast)
                next()
        }
        submit()
    }
    onSubmitted: sessionId => done(sessionId)

    readonly property Connections banksWatcher: Connections {
        target: App.banks
        function onBusyChanged() {
            if (root.pending && !App.banks.busy)
                root.run()
        }
    }
}
