#include "entitylinker.h"

#include "mentionmatcher.h"
#include "store/entitystore.h"
#include "text/matchingform.h"

namespace alam {

namespace {

// Whether the words of `part` appear, in order and next to each other, among `whole`'s.
bool containsWords(const QStringList& whole, const QStringList& part)
{
    if (part.isEmpty() || part.size() > whole.size())
        return false;
    for (qsizetype i = 0; i + part.size() <= whole.size(); ++i) {
        if (whole.mid(i, part.size()) == part)
            return true;
    }
    return false;
}

// A single short word («ال», «بن») is too weak to join two mentions.
bool isSubstantial(const QStringList& words)
{
    for (const QString& word : words) {
        if (word.size() >= 3)
            return true;
    }
    return false;
}

}  // namespace

Status EntityLinker::addAlias(qint64 entityId, const QString& surface)
{
    Result<Entity> entity = EntityStore(m_db).get(entityId);
    if (!entity)
        return Error{entity.error()};
    if (MatchingForm::normalise(entity->name.trimmed()) == MatchingForm::normalise(surface.trimmed()))
        return {};
    for (const QString& alias : entity->aliases) {
        if (alias.trimmed() == surface.trimmed())
            return {};
    }
    return EntityStore(m_db).addAlias(entityId, surface);
}

Result<qint64> EntityLinker::create(const QString& surface, const QString& label)
{
    return EntityStore(m_db).add({0, surface.trimmed(), label, {}});
}

Result<qint64> EntityLinker::resolve(const QString& surface, const QString& label,
                                     const QList<Entity>& nearby)
{
    EntityStore entities(m_db);
    Result<std::optional<Entity>> named = entities.find(surface, label);
    if (!named)
        return Error{named.error()};
    if (named->has_value()) {
        const qint64 id = (*named)->id;
        if (Status aliased = addAlias(id, surface); !aliased)
            return Error{aliased.error()};
        return id;
    }

    const QStringList words = MentionMatcher(surface).words();
    qint64 joined = 0;
    for (const Entity& candidate : nearby) {
        const qint64 candidateId = candidate.id;
        if (candidate.label != label || candidateId == joined)
            continue;
        QList<QStringList> names = {MentionMatcher(candidate.name).words()};
        for (const QString& alias : candidate.aliases)
            names << MentionMatcher(alias).words();
        bool related = false;
        for (const QStringList& name : names) {
            related = related
                      || (isSubstantial(words) && containsWords(name, words))
                      || (isSubstantial(name) && containsWords(words, name));
        }
        if (!related)
            continue;
        if (joined != 0)  // two entities fit: let the analyst decide
            return create(surface, label);
        joined = candidateId;
    }
    if (joined == 0)
        return create(surface, label);
    if (Status aliased = addAlias(joined, surface); !aliased)
        return Error{aliased.error()};
    return joined;
}

}  // namespace alam
