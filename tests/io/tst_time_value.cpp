// Time values: exact parsing of every unit, refusals with reasons, canonical formatting.
#include <io/time_value.h>

#include <QtTest>

class TestTimeValue : public QObject {
    Q_OBJECT

private:
    static tl::Nanos ok(std::string_view text, int hz = 1000) {
        const auto r = tl::parse_time(text, hz);
        if (!r.ok()) qWarning("%s", r.error.c_str());
        return r.ok() ? r.value : -1;
    }
    static std::string error(std::string_view text, int hz = 1000) { return tl::parse_time(text, hz).error; }

private slots:
    void parsesEveryUnit() {
        QCOMPARE(ok("7ns"), tl::Nanos{7});
        QCOMPARE(ok("250us"), tl::Nanos{250'000});
        QCOMPARE(ok("20ms"), tl::Nanos{20'000'000});
        QCOMPARE(ok("2s"), tl::Nanos{2'000'000'000});
        QCOMPARE(ok("3j", 1000), tl::Nanos{3'000'000});
        QCOMPARE(ok("3j", 250), tl::Nanos{12'000'000});
        QCOMPARE(ok("0s"), tl::Nanos{0});
    }

    void jiffiesFollowTickPeriod() {
        // At HZ=300 a tick is 3333333 ns (integer division, as engine/time.h defines ticks).
        QCOMPARE(ok("1j", 300), tl::tick_period(300));
        QCOMPARE(ok("3j", 300), 3 * tl::tick_period(300));
    }

    void parsesDecimalsExactly() {
        QCOMPARE(ok("1.5ms"), tl::Nanos{1'500'000});
        QCOMPARE(ok("0.000000001s"), tl::Nanos{1});
        QCOMPARE(ok("2.100us"), tl::Nanos{2'100});
        QCOMPARE(ok("1.000000000000000000000s"), tl::Nanos{1'000'000'000}); // trailing zeros never overflow
        QCOMPARE(ok("0.5j", 1000), tl::Nanos{500'000});
    }

    void rejectsSubNanosecondValues() {
        QVERIFY(error("1.5ns").starts_with("expected a whole number of nanoseconds"));
        QVERIFY(error("0.0001us").starts_with("expected a whole number of nanoseconds"));
        QVERIFY(error("0.5j", 300).starts_with("expected a whole number of nanoseconds"));
    }

    void rejectsNegativeValues() {
        QVERIFY(error("-1ms").starts_with("expected a time that is not negative"));
    }

    void rejectsMissingOrUnknownUnits() {
        QVERIFY(error("5").starts_with("expected a unit"));
        QVERIFY(error("5 ms").starts_with("expected a time like \"2us\""));
        QVERIFY(error("5sec").find("got \"5sec\"") != std::string::npos);
        QVERIFY(error("5MS").starts_with("expected a time like"));
    }

    void rejectsMalformedNumbers() {
        for (const char* bad : {"", "ms", ".5ms", "1.ms", "1e3ns", "+1ms", "1,5ms", " 1ms"})
            QVERIFY2(!tl::parse_time(bad, 1000).ok(), bad);
    }

    void rejectsJiffiesWithoutHz() { QVERIFY(error("3j", 0).find("jiffies need a HZ") != std::string::npos); }

    void rejectsOverflow() {
        QVERIFY(error("10000000000s").find("64-bit") != std::string::npos);
        QVERIFY(error("99999999999999999999999ns").find("64-bit") != std::string::npos);
    }

    void formatsCanonically() {
        QCOMPARE(tl::format_time(0), std::string("0s"));
        QCOMPARE(tl::format_time(7), std::string("7ns"));
        QCOMPARE(tl::format_time(2'000), std::string("2us"));
        QCOMPARE(tl::format_time(1'500'000), std::string("1.5ms"));
        QCOMPARE(tl::format_time(2'100'000), std::string("2.1ms"));
        QCOMPARE(tl::format_time(20'000'000'000), std::string("20s"));
        QCOMPARE(tl::format_time(1'000'000'001), std::string("1.000000001s"));
    }

    void formatRoundTrips() {
        for (const tl::Nanos v : {tl::Nanos{1}, tl::Nanos{999}, tl::Nanos{1'001}, tl::Nanos{3'333'333},
                                  tl::Nanos{123'456'789'012}, tl::kForever})
            QCOMPARE(ok(tl::format_time(v)), v);
    }
};

QTEST_APPLESS_MAIN(TestTimeValue)
#include "tst_time_value.moc"
