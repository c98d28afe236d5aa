#include "pagechecks.h"

#include <simdjson.h>

#include <algorithm>

namespace fuzzpage {

namespace {

int countElements(simdjson::dom::array array, bool flattenNested)
{
    int count = 0;
    for (simdjson::dom::element element : array) {
        simdjson::dom::array inner;
        if (flattenNested && element.get_array().get(inner) == simdjson::SUCCESS)
            count += int(inner.size());
        else
            ++count;
    }
    return count;
}

} // namespace

int witnessElementCount(QByteArrayView body, std::initializer_list<std::string_view> arrayKeys,
                        bool flattenNested, bool rootArrayToo)
{
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (parser.parse(body.data(), std::size_t(body.size())).get(root) != simdjson::SUCCESS)
        return -1;
    simdjson::dom::array rootArray;
    if (rootArrayToo && root.get_array().get(rootArray) == simdjson::SUCCESS)
        return countElements(rootArray, flattenNested);
    simdjson::dom::object object;
    if (root.get_object().get(object) != simdjson::SUCCESS)
        return -1;
    const std::string_view text(body.data(), std::size_t(body.size()));
    for (const std::string_view key : arrayKeys) {
        const std::string quoted = '"' + std::string(key) + '"';
        std::size_t inText = 0;
        for (std::size_t at = text.find(quoted); at != std::string_view::npos; at = text.find(quoted, at + 1))
            ++inText;
        std::size_t asKeys = 0;
        for (const auto field : object)
            asKeys += field.key == key ? 1 : 0;
        if (inText != asKeys)
            return -1;
    }
    for (const auto field : object) {
        if (std::find(arrayKeys.begin(), arrayKeys.end(), field.key) == arrayKeys.end())
            continue;
        simdjson::dom::array array;
        if (field.value.get_array().get(array) == simdjson::SUCCESS)
            return countElements(array, flattenNested);
    }
    return -1;
}

} // namespace fuzzpage
