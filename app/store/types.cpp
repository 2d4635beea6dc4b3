#include "types.h"

#include <array>
#include <utility>

namespace alam {
namespace {

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char16_t*>, N>& table, Enum value)
{
    for (const auto& [e, name] : table)
        if (e == value)
            return QString::fromUtf16(name);
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char16_t*>, N>& table,
                            const QString& name)
{
    for (const auto& [e, n] : table)
        if (name == QStringView(n))
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<ReviewStatus, const char16_t*>, 3> kReview{{
    {ReviewStatus::New, u"new"},
    {ReviewStatus::InProgress, u"in_progress"},
    {ReviewStatus::Reviewed, u"reviewed"},
}};

constexpr std::array<std::pair<AnnotationStatus, const char16_t*>, 5> kStatus{{
    {AnnotationStatus::Suggested, u"suggested"},
    {AnnotationStatus::Accepted, u"accepted"},
    {AnnotationStatus::Rejected, u"rejected"},
    {AnnotationStatus::Edited, u"edited"},
    {AnnotationStatus::Manual, u"manual"},
}};

constexpr std::array<std::pair<AnnotationSource, const char16_t*>, 6> kSource{{
    {AnnotationSource::Model, u"model"},
    {AnnotationSource::Gazetteer, u"gazetteer"},
    {AnnotationSource::Rule, u"rule"},
    {AnnotationSource::Analyst, u"analyst"},
    {AnnotationSource::Import, u"import"},
    {AnnotationSource::Propagation, u"propagation"},
}};

constexpr std::array<std::pair<HistorySubject, const char16_t*>, 4> kSubject{{
    {HistorySubject::Annotation, u"annotation"},
    {HistorySubject::Document, u"document"},
    {HistorySubject::Entity, u"entity"},
    {HistorySubject::Label, u"label"},
}};

}  // namespace

QString toString(ReviewStatus status) { return nameOf(kReview, status); }
QString toString(AnnotationStatus status) { return nameOf(kStatus, status); }
QString toString(AnnotationSource source) { return nameOf(kSource, source); }
QString toString(HistorySubject subject) { return nameOf(kSubject, subject); }

std::optional<HistorySubject> historySubjectFromString(const QString& name)
{
    return valueOf(kSubject, name);
}

std::optional<ReviewStatus> reviewStatusFromString(const QString& name)
{
    return valueOf(kReview, name);
}

std::optional<AnnotationStatus> annotationStatusFromString(const QString& name)
{
    return valueOf(kStatus, name);
}

std::optional<AnnotationSource> annotationSourceFromString(const QString& name)
{
    return valueOf(kSource, name);
}

}  // namespace alam
