// SPDX-License-Identifier: MIT
#include "sandbox/statengine.h"

#include "sandbox/apierror.h"
#include "sandbox/jobstore.h"
#include "sandbox/querycompiler.h"
#include "sandbox/statpipeline.h"
#include "sandbox/statrules.h"
#include "sandbox/statsql.h"

namespace sandbox {

namespace {

using pipeline::Stage;

// MongoModel.stat's results: each document with the members of its `_id` moved up.
JsonValue flatten(const std::vector<JsonValue> &docs)
{
    JsonValue results = JsonValue::array();
    for (const JsonValue &doc : docs) {
        JsonValue row = JsonValue::object();
        for (const auto &member : doc.toObject()) {
            if (member.first == u"_id" && member.second.isObject()) {
                for (const auto &idMember : member.second.toObject())
                    row.insert(idMember.first, idMember.second);
            } else {
                row.insert(member.first, member.second);
            }
        }
        results.append(std::move(row));
    }
    return results;
}

// The documents of an aggregate pipeline: a leading group or count stage runs in SQL, the
// rest in memory.
std::vector<JsonValue> aggregateDocuments(const JobStore &store, const std::vector<Stage> &rules, const QString &where,
                                          const QVariantList &binds)
{
    std::vector<JsonValue> docs;
    size_t first = 0;
    if (!rules.empty() && pipeline::sqlGroupable(rules.front())) {
        docs = pipeline::sqlGroup(store, rules.front(), where, binds);
        first = 1;
    } else if (!rules.empty() && rules.front().type == Stage::Type::Count) {
        const qint64 n = store.countWhere(where, binds);
        if (n > 0) {
            JsonValue doc = JsonValue::object();
            doc.insert(rules.front().name, JsonValue(n));
            docs.push_back(doc);
        }
        first = 1;
    } else {
        docs = pipeline::loadDocuments(store, where, binds);
    }
    for (size_t i = first; i < rules.size(); ++i)
        docs = pipeline::runStage(std::move(docs), rules[i]);
    return docs;
}

} // namespace

StatEngine::StatEngine(const JobStore &store)
    : m_store(store)
{ }

JsonValue StatEngine::stat(const JsonValue &query, qint64 nowMsecs) const
{
    const JsonValue aggregate = query.value(QStringLiteral("aggregate"));
    const JsonValue distinct = query.value(QStringLiteral("distinct"));
    const JsonValue page = query.value(QStringLiteral("page"));
    const bool hasAggregate = aggregate.isArray() ? !aggregate.toArray().empty() : !aggregate.isNull();
    const bool hasDistinct = distinct.isString() && !distinct.toString().isEmpty();
    if (!hasAggregate && !hasDistinct)
        throw ApiError::requiredParameter(QStringLiteral("aggregate"));

    QueryCompiler compiler;
    compiler.setNow(nowMsecs);
    compiler.compileFilter(query.value(QStringLiteral("filter")), query.value(QStringLiteral("filter_or")));

    try {
        if (compiler.deferredError())
            pipeline::pythonError(*compiler.deferredError());
        const QString &where = compiler.whereSql();
        const QVariantList &binds = compiler.binds();
        if (!hasAggregate)
            return pipeline::statDistinct(m_store, distinct.toString(), page, where, binds);

        std::vector<JsonValue> docs = aggregateDocuments(m_store, pipeline::makeRules(aggregate), where, binds);
        JsonValue result = JsonValue::object();
        pipeline::applyPage(page, docs, result);
        result.insert(QStringLiteral("results"), flatten(docs));
        return result;
    } catch (const ApiError &e) {
        // MongoModel.stat: except Exception as e: raise ERROR_DB_QUERY(reason=e.message)
        throw ApiError::dbQuery(e.rawMessage());
    }
}

} // namespace sandbox
