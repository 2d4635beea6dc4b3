#include "windowactions.h"

#include "labelnames.h"
#include "store/types.h"

#include <QAction>
#include <QKeySequence>

using namespace Qt::Literals::StringLiterals;

namespace alam {

namespace {

QAction* make(QObject* owner, const QString& name, const QString& text,
              const QList<QKeySequence>& keys = {})
{
    auto* action = new QAction(text, owner);
    action->setObjectName(name);
    action->setShortcuts(keys);
    return action;
}

}  // namespace

void WindowActions::create(QObject* owner, const QList<Label>& labelSet)
{
    importFiles = make(owner, u"actionImport"_s, tr("&Import…"), {Qt::CTRL | Qt::Key_I});
    exportFiles = make(owner, u"actionExport"_s, tr("&Export…"), {Qt::CTRL | Qt::Key_E});
    settings = make(owner, u"actionSettings"_s, tr("&Settings…"),
                    {Qt::CTRL | Qt::Key_Comma});
    quit = make(owner, u"actionQuit"_s, tr("&Quit"), {QKeySequence::Quit});

    undo = make(owner, u"actionUndo"_s, tr("&Undo"), {Qt::CTRL | Qt::Key_Z});
    redo = make(owner, u"actionRedo"_s, tr("&Redo"),
                {Qt::CTRL | Qt::SHIFT | Qt::Key_Z, Qt::CTRL | Qt::Key_Y});
    find = make(owner, u"actionFind"_s, tr("&Search the corpus…"),
                {Qt::CTRL | Qt::Key_F});

    next = make(owner, u"actionNext"_s, tr("&Next annotation"), {Qt::Key_Tab});
    previous = make(owner, u"actionPrevious"_s, tr("&Previous annotation"),
                    {Qt::SHIFT | Qt::Key_Backtab, Qt::Key_Backtab, Qt::SHIFT | Qt::Key_Tab});
    accept = make(owner, u"actionAccept"_s, tr("&Accept"),
                  {Qt::Key_Return, Qt::Key_Enter});
    reject = make(owner, u"actionReject"_s, tr("&Reject"), {Qt::Key_Delete});
    for (const Label& label : labelSet) {
        QList<QKeySequence> keys;
        if (!label.shortcut.isEmpty())
            keys << QKeySequence(label.shortcut);
        const QString text = LabelNames::withCode(label.name);
        QAction* action = make(owner, u"actionLabel"_s + label.name, text, keys);
        action->setData(label.name);
        action->setToolTip(LabelNames::description(label));
        labels << action;
        QAction* add = make(owner, u"actionAdd"_s + label.name, text);
        add->setData(label.name);
        add->setToolTip(LabelNames::description(label));
        addAs << add;
    }
    growEnd = make(owner, u"actionGrowEnd"_s, tr("Extend the end by a word"));
    shrinkEnd = make(owner, u"actionShrinkEnd"_s, tr("Pull the end back by a word"));
    growStart = make(owner, u"actionGrowStart"_s, tr("Extend the start by a word"),
                     {Qt::CTRL | Qt::Key_Up});
    shrinkStart = make(owner, u"actionShrinkStart"_s, tr("Move the start on by a word"),
                       {Qt::CTRL | Qt::Key_Down});
    growEndCharacter = make(owner, u"actionGrowEndCharacter"_s,
                            tr("Extend the end by a character"));
    shrinkEndCharacter = make(owner, u"actionShrinkEndCharacter"_s,
                              tr("Pull the end back by a character"));
    growStartCharacter = make(owner, u"actionGrowStartCharacter"_s,
                              tr("Extend the start by a character"),
                              {Qt::CTRL | Qt::SHIFT | Qt::Key_Up});
    shrinkStartCharacter = make(owner, u"actionShrinkStartCharacter"_s,
                                tr("Move the start on by a character"),
                                {Qt::CTRL | Qt::SHIFT | Qt::Key_Down});
    setTextDirection(Qt::RightToLeft);
    linkTo = make(owner, u"actionLinkTo"_s, tr("&Link to entity…"),
                  {Qt::CTRL | Qt::Key_L});
    split = make(owner, u"actionSplit"_s, tr("&Split off as its own entity"),
                 {Qt::CTRL | Qt::SHIFT | Qt::Key_L});
    remove = make(owner, u"actionDelete"_s, tr("&Delete annotation"),
                  {Qt::SHIFT | Qt::Key_Delete});
    acceptAll = make(owner, u"actionAcceptAll"_s, tr("Accept all &remaining"),
                     {Qt::CTRL | Qt::SHIFT | Qt::Key_Return});
    markReviewed = make(owner, u"actionMarkReviewed"_s,
                        tr("&Mark reviewed and open the next document"),
                        {Qt::CTRL | Qt::Key_Return, Qt::CTRL | Qt::Key_Enter});
    otherMentions = make(owner, u"actionOtherMentions"_s,
                         tr("&Other mentions of this entity"),
                         {Qt::CTRL | Qt::SHIFT | Qt::Key_F});

    propagateCorpus = make(owner, u"actionPropagateCorpus"_s,
                           tr("&Propagate to all documents"));
    propagateCorpus->setToolTip(tr("Suggest this decision's name, with its label and entity, "
                                   "in every document not reviewed yet"));

    tag = make(owner, u"actionTag"_s, tr("&Tag documents…"), {Qt::CTRL | Qt::Key_T});
    train = make(owner, u"actionTrain"_s, tr("T&rain the tagger…"),
                 {Qt::CTRL | Qt::SHIFT | Qt::Key_T});

    groupByEntity = make(owner, u"actionGroupByEntity"_s, tr("&Group mentions by entity"),
                         {Qt::CTRL | Qt::Key_G});
    groupByEntity->setCheckable(true);
    showLatin = make(owner, u"actionShowLatin"_s, tr("Show &Latin transliteration"));
    showLatin->setCheckable(true);
    zoomIn = make(owner, u"actionZoomIn"_s, tr("&Larger text"),
                  {QKeySequence::ZoomIn, Qt::CTRL | Qt::Key_Equal});
    zoomOut = make(owner, u"actionZoomOut"_s, tr("&Smaller text"),
                   {QKeySequence::ZoomOut});
    showSearch = make(owner, u"actionShowSearch"_s, tr("Search &panel"));
    showSearch->setCheckable(true);

    shortcuts = make(owner, u"actionShortcuts"_s, tr("&Keyboard shortcuts"),
                     {QKeySequence::HelpContents});
    about = make(owner, u"actionAbout"_s, tr("&About Alam"));
}

QList<QAction*> WindowActions::reviewActions() const
{
    QList<QAction*> all = {next, previous, accept, reject, growEnd, shrinkEnd, growStart,
                           shrinkStart, growEndCharacter, shrinkEndCharacter, growStartCharacter,
                           shrinkStartCharacter, linkTo, split, remove, acceptAll, otherMentions};
    return all + labels;
}

void WindowActions::setTextDirection(Qt::LayoutDirection direction)
{
    const bool rtl = direction == Qt::RightToLeft;
    const Qt::Key forwards = rtl ? Qt::Key_Left : Qt::Key_Right;
    const Qt::Key backwards = rtl ? Qt::Key_Right : Qt::Key_Left;
    growEnd->setShortcut(Qt::CTRL | forwards);
    shrinkEnd->setShortcut(Qt::CTRL | backwards);
    growEndCharacter->setShortcut(Qt::CTRL | Qt::SHIFT | forwards);
    shrinkEndCharacter->setShortcut(Qt::CTRL | Qt::SHIFT | backwards);
}

}  // namespace alam
