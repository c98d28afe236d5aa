#include "democenturypupils.h"

#include "demorandom.h"
#include "demouuid.h"

#include <QStringBuilder>

#include <iterator>

namespace {

struct Name
{
    const char *display;
    const char *slug; // ASCII, for usernames and e-mail addresses
};

struct Tradition
{
    const Name *first;
    int firstCount;
    const Name *last;
    int lastCount;
    int weight;
};

constexpr Name kEnglishFirst[] = {{"Oliver", "oliver"}, {"Amelia", "amelia"}, {"Jack", "jack"},
    {"Isla", "isla"}, {"Harry", "harry"}, {"Ava", "ava"}, {"George", "george"}, {"Mia", "mia"},
    {"Charlie", "charlie"}, {"Grace", "grace"}, {"Thomas", "thomas"}, {"Freya", "freya"},
    {"Zoë", "zoe"}, {"Chloé", "chloe"}, {"Renée", "renee"}, {"Jamie-Lee", "jamielee"},
    {"Mary-Jane", "maryjane"}, {"Kai", "kai"}};
constexpr Name kEnglishLast[] = {{"Smith", "smith"}, {"Jones", "jones"}, {"Taylor", "taylor"},
    {"Brown", "brown"}, {"Wilson", "wilson"}, {"Evans", "evans"}, {"Walker", "walker"},
    {"Robinson", "robinson"}, {"Thompson", "thompson"}, {"Wright", "wright"},
    {"Smith-Jones", "smithjones"}, {"Ashworth-Hale", "ashworthhale"}, {"Brontë", "bronte"}};
constexpr Name kWelshFirst[] = {{"Siân", "sian"}, {"Rhys", "rhys"}, {"Gwenllian", "gwenllian"},
    {"Dafydd", "dafydd"}, {"Eleri", "eleri"}, {"Iolo", "iolo"}, {"Ffion", "ffion"},
    {"Llŷr", "llyr"}, {"Angharad", "angharad"}, {"Emrys", "emrys"}};
constexpr Name kWelshLast[] = {{"ap Gruffydd", "apgruffydd"}, {"Llywelyn", "llywelyn"},
    {"Prys", "prys"}, {"Rhydderch", "rhydderch"}, {"Hughes", "hughes"}, {"Pritchard", "pritchard"},
    {"Dafis", "dafis"}};
constexpr Name kPolishFirst[] = {{"Łukasz", "lukasz"}, {"Zofia", "zofia"}, {"Małgorzata", "malgorzata"},
    {"Jakub", "jakub"}, {"Agnieszka", "agnieszka"}, {"Wojciech", "wojciech"}, {"Józef", "jozef"},
    {"Żaneta", "zaneta"}};
constexpr Name kPolishLast[] = {{"Wiśniewski", "wisniewski"}, {"Kowalczyk", "kowalczyk"},
    {"Wójcik", "wojcik"}, {"Szymańska", "szymanska"}, {"Grzegorczyk", "grzegorczyk"},
    {"Dąbrowski", "dabrowski"}, {"Łęcka", "lecka"}};
constexpr Name kVietnameseFirst[] = {{"Minh", "minh"}, {"Thảo", "thao"}, {"Đức", "duc"},
    {"Ngọc Anh", "ngocanh"}, {"Quỳnh", "quynh"}, {"Huy", "huy"}, {"Phương", "phuong"}};
constexpr Name kVietnameseLast[] = {{"Nguyễn", "nguyen"}, {"Trần", "tran"}, {"Lê", "le"},
    {"Phạm", "pham"}, {"Hoàng", "hoang"}, {"Võ", "vo"}};
constexpr Name kArabicFirst[] = {{"Mohammed", "mohammed"}, {"Aisha", "aisha"}, {"Yusuf", "yusuf"},
    {"Fatima", "fatima"}, {"Omar", "omar"}, {"Maryam", "maryam"}, {"Zayn", "zayn"}, {"Layla", "layla"}};
constexpr Name kArabicLast[] = {{"Al-Sayed", "alsayed"}, {"Haddad", "haddad"}, {"El-Amin", "elamin"},
    {"Abdullah", "abdullah"}, {"Al Hashimi", "alhashimi"}, {"Mansour", "mansour"}};
constexpr Name kIrishFirst[] = {{"Saoirse", "saoirse"}, {"Niamh", "niamh"}, {"Oisín", "oisin"},
    {"Siobhán", "siobhan"}, {"Cillian", "cillian"}, {"Aoife", "aoife"}};
constexpr Name kIrishLast[] = {{"O'Brien", "obrien"}, {"O'Connor", "oconnor"}, {"McCarthy", "mccarthy"},
    {"Ní Bhriain", "nibhriain"}, {"D'Arcy", "darcy"}, {"Ó Súilleabháin", "osuilleabhain"}};
constexpr Name kWestAfricanFirst[] = {{"Chidi", "chidi"}, {"Adaeze", "adaeze"}, {"Oluwaseun", "oluwaseun"},
    {"Kwame", "kwame"}, {"Ngozi", "ngozi"}, {"Tunde", "tunde"}};
constexpr Name kWestAfricanLast[] = {{"Okafor", "okafor"}, {"Adeyemi", "adeyemi"}, {"Mensah", "mensah"},
    {"Oyelaran-Bello", "oyelaranbello"}, {"Eze", "eze"}};
constexpr Name kSouthAsianFirst[] = {{"Priya", "priya"}, {"Arjun", "arjun"}, {"Harpreet", "harpreet"},
    {"Aarav", "aarav"}, {"Ananya", "ananya"}, {"Imran", "imran"}};
constexpr Name kSouthAsianLast[] = {{"Patel", "patel"}, {"Singh", "singh"}, {"Khan", "khan"},
    {"Chaudhry", "chaudhry"}, {"Begum", "begum"}, {"Sharma", "sharma"}};

#define SS_TRADITION(first, last, weight) {first, int(std::size(first)), last, int(std::size(last)), weight}
constexpr Tradition kTraditions[] = {
    SS_TRADITION(kEnglishFirst, kEnglishLast, 40), SS_TRADITION(kWelshFirst, kWelshLast, 10),
    SS_TRADITION(kPolishFirst, kPolishLast, 10), SS_TRADITION(kVietnameseFirst, kVietnameseLast, 8),
    SS_TRADITION(kArabicFirst, kArabicLast, 10), SS_TRADITION(kIrishFirst, kIrishLast, 8),
    SS_TRADITION(kWestAfricanFirst, kWestAfricanLast, 7), SS_TRADITION(kSouthAsianFirst, kSouthAsianLast, 7)};
#undef SS_TRADITION
constexpr int kTraditionWeightTotal = 100;

// Hostile but legal: spreadsheet formula prefixes and CSV-breaking characters. They sit at
// fixed pupil indexes so that tests can find them; every world has at least 40 pupils.
struct Hostile
{
    quint32 index;
    const char *first;
    const char *last;
    const char *username;
};
constexpr Hostile kHostile[] = {
    {3, "=HYPERLINK(\"http://example.invalid\")", "Formula", "=cmd"},
    {7, "+Zara", "Plus", "+zara.plus"},
    {13, "Dominic", "-Dash", "-dominic.dash"},
    {19, "Adam", "Atkins", "@adam.atkins"},
    {23, "Jo \"JJ\"", "Smith, Jr.\nJones", "jo.smith.jones"},
};

const Name &pick(const Name *names, int count, quint64 h)
{
    return names[demorandom::below(h, quint32(count))];
}

const Tradition &traditionFor(quint64 h)
{
    int roll = int(demorandom::below(h, kTraditionWeightTotal));
    for (const Tradition &t : kTraditions) {
        if (roll < t.weight)
            return t;
        roll -= t.weight;
    }
    return kTraditions[0];
}

// Local authority numbers as they appear in English UPNs (a sample of real LA codes).
constexpr int kLaCodes[] = {201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 301, 302, 330, 335,
                            350, 373, 380, 383, 800, 821, 850, 873, 878, 919, 925, 936, 938};

QByteArray twoDigits(int v)
{
    return QByteArray::number(v).rightJustified(2, '0');
}

} // namespace

DemoCenturyPupils::DemoCenturyPupils(quint64 seed, quint32 count)
    : m_seed(seed)
    , m_count(count < 40 ? 40 : count)
{
}

char DemoCenturyPupils::upnCheckLetter(const char (&rest)[12])
{
    static constexpr char kLetters[] = "ABCDEFGHJKLMNPQRTUVWXYZ";
    int sum = 0;
    for (int i = 0; i < 12; ++i) {
        const char c = rest[i];
        // Temporary UPNs carry a letter in position 13; its value is its place in kLetters.
        int value = c - '0';
        if (c >= 'A' && c <= 'Z') {
            for (int k = 0; kLetters[k]; ++k) {
                if (kLetters[k] == c)
                    value = k;
            }
        }
        sum += value * (i + 2);
    }
    return kLetters[sum % 23];
}

void DemoCenturyPupils::setCanary(quint32 index, const QByteArray &first, const QByteArray &last)
{
    m_canaryIndex = index;
    m_canaryFirst = first;
    m_canaryLast = last;
}

QByteArray DemoCenturyPupils::userId(quint32 index) const
{
    return DemoUuid::make(m_seed, demorandom::PupilUuidStream, index);
}

std::optional<quint32> DemoCenturyPupils::indexOfUserId(QByteArrayView uuid) const
{
    const auto index = DemoUuid::indexOf(m_seed, demorandom::PupilUuidStream, uuid);
    if (!index || *index >= m_count)
        return std::nullopt;
    return index;
}

DemoCenturyPupil DemoCenturyPupils::pupil(quint32 index) const
{
    using namespace demorandom;
    auto h = [&](quint64 salt) { return hash(m_seed, PupilStream, index, salt); };
    DemoCenturyPupil p;
    p.userId = userId(index);

    const Tradition &tradition = traditionFor(h(1));
    const Name &first = pick(tradition.first, tradition.firstCount, h(2));
    const Name &last = pick(tradition.last, tradition.lastCount, h(3));
    p.firstName = first.display;
    p.lastName = last.display;
    QByteArray slug = QByteArray(first.slug) + '.' + last.slug;
    if (unit(h(4)) < 0.25) {
        const Name &middle = pick(tradition.first, tradition.firstCount, h(5));
        if (qstrcmp(middle.display, first.display) != 0)
            p.middleName = middle.display;
    }
    p.username = slug + QByteArray::number(below(h(6), 90) + 10);
    for (const Hostile &hostile : kHostile) {
        if (hostile.index == index) {
            p.firstName = hostile.first;
            p.lastName = hostile.last;
            p.username = hostile.username;
            p.middleName.clear();
        }
    }
    if (m_canaryIndex == index) {
        p.firstName = m_canaryFirst;
        p.lastName = m_canaryLast;
        p.middleName.clear();
    }
    p.fullName = p.firstName;
    if (!p.middleName.isEmpty())
        p.fullName += ' ' + p.middleName;
    p.fullName += ' ' + p.lastName;

    if (unit(h(7)) < 0.9) {
        char rest[12];
        const QByteArray digits = QByteArray::number(kLaCodes[below(h(8), quint32(std::size(kLaCodes)))])
                                  + QByteArray::number(below(h(9), 9000) + 1000)
                                  + twoDigits(int(below(h(10), 13)) + 10)
                                  + QByteArray::number(below(h(11), 900) + 100);
        for (int i = 0; i < 12; ++i)
            rest[i] = digits.at(i);
        char check = upnCheckLetter(rest);
        // One UPN in a hundred is mistyped, as in real MIS exports.
        if (unit(h(12)) < 0.01)
            check = check == 'A' ? 'B' : 'A';
        p.upn = check + digits;
    }
    if (unit(h(13)) < 0.5)
        p.externalId = "MIS-" + QByteArray::number(below(h(14), 900000) + 100000);
    const double emailRoll = unit(h(15));
    if (emailRoll < 0.85) {
        p.emails[p.emailCount++] = slug + "@pupils.demo-academy.sch.uk";
        if (emailRoll < 0.1)
            p.emails[p.emailCount++] = slug + "@mail.example";
    }
    static constexpr const char *kGenders[] = {"male", "female", "other", "unknown"};
    const double genderRoll = unit(h(16));
    if (genderRoll < 0.46)
        p.gender = kGenders[0];
    else if (genderRoll < 0.92)
        p.gender = kGenders[1];
    else if (genderRoll < 0.95)
        p.gender = kGenders[2];
    else if (genderRoll < 0.98)
        p.gender = kGenders[3];
    if (unit(h(17)) < 0.85) {
        const int year = 2005 + int(below(h(18), 8));
        const int month = 1 + int(below(h(19), 12));
        const int day = 1 + int(below(h(20), 28));
        p.dateOfBirth = QByteArray::number(year) + '-' + twoDigits(month) + '-' + twoDigits(day);
    }
    return p;
}
