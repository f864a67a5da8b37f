pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CertDrill.Backend

/// The profile's grading policy: which review rating (Again, Hard, Good, Easy) each kind of answer
/// gets, and what counts as a fast answer. Saved as soon as it changes (ProfileSettingsController);
/// the ratings themselves are decided in core, this only shows and edits the settings.
ColumnLayout {
    id: root

    spacing: 10
    property real labelWidth: 200
    readonly property alias controller: controller

    ProfileSettingsController {
        id: controller
        context: App
    }

    /// One kind of answer and the rating it gets (inline components can't see this file's ids).
    component RatingRow: RowLayout {
        id: row
        required property string label
        required property string explanation
        required property string key
        required property int rating
        property real labelWidth: 200
        signal chosen(int rating)
        Label {
            text: row.label
            Layout.preferredWidth: row.labelWidth
        }
        ComboBox {
            id: box
            objectName: "grading-" + row.key
            /// Rating numbers are FSRS's: 1 Again, 2 Hard, 3 Good, 4 Easy.
            model: [
                { value: 1, label: qsTr("Again: show it again soon") },
                { value: 2, label: qsTr("Hard: a shorter interval") },
                { value: 3, label: qsTr("Good: the normal interval") },
                { value: 4, label: qsTr("Easy: a longer interval") }
            ]
            textRole: "label"
            valueRole: "value"
            // Follows the stored rating, also when a choice is refused.
            Component.onCompleted: currentIndex = Qt.binding(() => indexOfValue(row.rating))
            onActivated: {
                row.chosen(currentValue)
                currentIndex = Qt.binding(() => indexOfValue(row.rating))
            }
            Layout.preferredWidth: 260
            Accessible.name: row.label
            ToolTip.visible: hovered
            ToolTip.text: row.explanation
        }
    }

    Label {
        text: qsTr("Grading")
        font.bold: true
        Layout.topMargin: 8
        Accessible.role: Accessible.Heading
    }
    Label {
        text: qsTr("How each answer becomes a review rating, which decides when the question comes back. A worse answer cannot get a better rating.")
        wrapMode: Text.WordWrap
        opacity: 0.85
        Layout.fillWidth: true
    }
    RatingRow {
        key: "wrong"
        label: qsTr("Wrong answer")
        explanation: qsTr("The rating of an answer that was not right.")
        labelWidth: root.labelWidth
        rating: controller.wrongRating
        onChosen: rating => controller.wrongRating = rating
    }
    RatingRow {
        key: "guessed"
        label: qsTr("Right, but guessed")
        explanation: qsTr("The rating of a right answer you marked \"I guessed\" before submitting.")
        labelWidth: root.labelWidth
        rating: controller.guessedRating
        onChosen: rating => controller.guessedRating = rating
    }
    RatingRow {
        key: "correct"
        label: qsTr("Right")
        explanation: qsTr("The rating of a right answer that was neither guessed nor fast.")
        labelWidth: root.labelWidth
        rating: controller.correctRating
        onChosen: rating => controller.correctRating = rating
    }
    RatingRow {
        key: "fast"
        label: qsTr("Right and fast")
        explanation: qsTr("The rating of a right answer given faster than your usual time for that question.")
        labelWidth: root.labelWidth
        rating: controller.fastRating
        onChosen: rating => controller.fastRating = rating
    }
    RowLayout {
        Label {
            text: qsTr("Fast means under")
            Layout.preferredWidth: root.labelWidth
        }
        Slider {
            id: factor
            objectName: "gradingFastFactor"
            from: 0.25
            to: 2
            stepSize: 0.05
            snapMode: Slider.SnapAlways
            value: controller.fastFactor
            onMoved: {
                controller.fastFactor = Math.round(value * 100) / 100
                value = Qt.binding(() => controller.fastFactor)
            }
            Layout.preferredWidth: 260
            Accessible.name: qsTr("Fast means under this share of your usual time")
            ToolTip.visible: hovered || pressed
            ToolTip.text: qsTr("Your usual time is the median of your earlier answers to the question; a first answer is never fast.")
        }
        Label {
            objectName: "gradingFastFactorValue"
            text: qsTr("%1% of your usual time").arg(Math.round(controller.fastFactor * 100))
        }
    }
    RowLayout {
        Item { Layout.preferredWidth: root.labelWidth }
        CheckBox {
            objectName: "gradingFastNeedsSure"
            text: qsTr("Only when marked \"sure\"")
            checked: controller.fastNeedsSure
            onToggled: {
                controller.fastNeedsSure = checked
                checked = Qt.binding(() => controller.fastNeedsSure) // follows the stored value again
            }
            Accessible.name: text
            ToolTip.visible: hovered
            ToolTip.text: qsTr("A fast answer gets its rating only if you also marked it sure; otherwise it counts as right.")
        }
        Button {
            objectName: "gradingReset"
            text: qsTr("Restore defaults")
            flat: true
            onClicked: controller.resetGrading()
            Accessible.name: qsTr("Restore the default grading")
        }
    }
    Label {
        objectName: "gradingError"
        visible: controller.error.length > 0
        text: controller.error
        color: root.Material.theme === Material.Dark ? "#ef9a9a" : "#b71c1c"
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
}
