package com.loyaltykpi.broadleaf.schema;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** LK_SETTING: settings shared by every node (time zone, data version, what the rollups were built with). */
@Entity
@Table(name = "LK_SETTING")
public class SettingTable {

    @Id
    @Column(name = "NAME", length = 64)
    protected String name;

    @Column(name = "SETTING_VALUE", length = 255)
    protected String value;
}
