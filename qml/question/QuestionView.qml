import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

/// One question of any of the six types, as the practice and exam pages show it.
///
/// Contract (the exam page relies on it; keep it stable):
/// - `question`: the map QuestionPresenter builds (src/app/question/QuestionPresenter.h).
/// - `response`: the answer in core's JSON shape as a QML value: a choice id (single), a list of
///   choice ids (multiple), a list of item ids in sequence (order), {left id: right id} (match),
///   a number (numeric), a string (text); null when none. The view sets it itself when the
///   candidate edits (and emits `responseEdited`); assign it from outside to restore a saved
///   answer, also after changing `question` (the view does not clear it by itself).
/// - `complete`: the response is a full answer (multiple: exactly N ticked; match: every left
///   paired), i.e. one core accepts.
/// - `readOnly`: no editing (after answering, in a review of a finished session).
/// - `feedback`: null, or the map feedbackToVariant builds: the correct choices, sequence and
///   pairs are highlighted and each choice's "why" is shown.
/// Keyboard (the view must have active focus): 1-9 choose/toggle a choice (match: pair the
/// selected left item with right item N), Up/Down move the highlight, Space toggles it, X strikes
/// the highlighted choice through (right-click too); order: Alt+Up/Down moves the selected item;
/// match: Up/Down picks the left item, Delete unpairs it. Enter and Esc are left to the page.
FocusScope {
    id: root

    required property var question
    property var response: null
    property bool readOnly: false
    property var feedback: null
    signal responseEdited(var response)

    /// The question map, or null while there is none (an empty map counts as none).
    readonly property var shown: question && question.type !== undefined ? question : null
    readonly property string type: shown ? shown.type : ""
    readonly property bool complete: {
        const r = root.response
        if (r === null || r === undefined || !shown)
            return false
        switch (type) {
        case "multiple": return r.length === shown.chooseCount
        case "match": return Object.keys(r).length === shown.left.length
        case "numeric": return typeof r === "number" && isFinite(r)
        case "text": return String(r).trim().length > 0
        default: return true
        }
    }

    implicitHeight: column.implicitHeight
    implicitWidth: column.implicitWidth
    activeFocusOnTab: true
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Question")

    function edit(newResponse) {
        if (root.readOnly)
            return
        root.response = newResponse
        root.responseEdited(newResponse)
    }

    Keys.onPressed: event => {
        if (body.item && body.item.keyPressed)
            event.accepted = body.item.keyPressed(event)
    }

    ColumnLayout {
        id: column
        width: root.width
        spacing: 14

        Frame {
            objectName: "scenario"
            visible: root.shown && root.shown.scenarioHtml.length > 0
            Layout.fillWidth: true
            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 8
                Label {
                    text: root.shown && root.shown.scenarioTitle.length > 0
                          ? root.shown.scenarioTitle : qsTr("Scenario")
                    font.bold: true
                }
                Label {
                    text: root.shown ? root.shown.scenarioHtml : ""
                    textFormat: Text.RichText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Exhibit {
                    text: root.shown ? root.shown.scenarioExhibitText : ""
                    image: root.shown ? root.shown.scenarioExhibitImage : ""
                    alt: root.shown ? root.shown.scenarioExhibitAlt : ""
                    imageMissing: root.shown ? root.shown.scenarioExhibitImageMissing === true : false
                    Layout.fillWidth: true
                }
            }
        }

        Label {
            objectName: "stem"
            text: root.shown ? root.shown.stemHtml : ""
            textFormat: Text.RichText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.StaticText
        }

        Exhibit {
            objectName: "exhibit"
            text: root.shown ? root.shown.exhibitText : ""
            image: root.shown ? root.shown.exhibitImage : ""
            alt: root.shown ? root.shown.exhibitAlt : ""
            imageMissing: root.shown ? root.shown.exhibitImageMissing === true : false
            Layout.fillWidth: true
        }

        Loader {
            id: body
            objectName: "answerArea"
            focus: true
            Layout.fillWidth: true
            sourceComponent: {
                switch (root.type) {
                case "single":
                case "multiple": return choiceList
                case "order": return orderList
                case "match": return matchPairs
                case "numeric": return numericAnswer
                case "text": return textAnswer
                default: return null
                }
            }
        }
    }

    Component {
        id: choiceList
        ChoiceList {
            questionId: root.shown.id
            choices: root.shown.choices
            multiple: root.type === "multiple"
            chooseCount: root.shown.chooseCount
            response: root.response
            readOnly: root.readOnly
            feedback: root.feedback
            onEdited: r => root.edit(r)
        }
    }
    Component {
        id: orderList
        OrderList {
            items: root.shown.items
            response: root.response
            readOnly: root.readOnly
            feedback: root.feedback
            onEdited: r => root.edit(r)
        }
    }
    Component {
        id: matchPairs
        MatchPairs {
            leftItems: root.shown.left
            rightItems: root.shown.right
            response: root.response
            readOnly: root.readOnly
            feedback: root.feedback
            onEdited: r => root.edit(r)
        }
    }
    Component {
        id: numericAnswer
        NumericAnswer {
            unit: root.shown.unit
            response: root.response
            readOnly: root.readOnly
            feedback: root.feedback
            onEdited: r => root.edit(r)
        }
    }
    Component {
        id: textAnswer
        TextAnswer {
            response: root.response
            readOnly: root.readOnly
            feedback: root.feedback
            onEdited: r => root.edit(r)
        }
    }
}
