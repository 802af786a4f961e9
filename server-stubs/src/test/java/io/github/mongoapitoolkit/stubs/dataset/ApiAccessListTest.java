package io.github.mongoapitoolkit.stubs.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiAccessListTest {

    private final ApiAccessList list = ApiAccessList.of(List.of("192.0.2.0/24", "198.51.100.7", "2001:db8::/32")).orElseThrow();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "192.0.2.1, true",
        "192.0.2.255, true",
        "192.0.3.1, false",
        "198.51.100.7, true",
        "198.51.100.8, false",
        "127.0.0.1, false",
        "2001:db8:0:0:0:0:0:1, true",
        "2001:db9:0:0:0:0:0:1, false",
        "0:0:0:0:0:0:0:1, false"
    })
    void allowsExactlyTheListedAddressesAndBlocks(String caller, boolean allowed) throws Exception {
        assertThat(list.allows(InetAddress.getByName(caller))).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource({"office.example.com", "10.0.0.0/33", "10.0.0.0/8/8", "'  '", "10.0.0.0/x"})
    void refusesEntriesThatAreNotAddressesOrBlocks(String entry) {
        assertThat(ApiAccessList.problem(entry)).isPresent();
    }
}
