package dk.radhus.strategy;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A department (center) that owns initiatives, e.g. BYC. Reference data. */
@Entity
@Table(name = "department")
public class Department extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    public boolean active;

    public static List<Department> listByCode() {
        return list("order by code");
    }
}
