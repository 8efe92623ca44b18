package com.loyaltykpi.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;

class ShippedBytecodeTest {

    @Test
    void everyClassOfTheBroadleafModuleIsJava8Bytecode() throws IOException {
        ShippedBytecode.assertThisModuleIsJava8();
    }
}
