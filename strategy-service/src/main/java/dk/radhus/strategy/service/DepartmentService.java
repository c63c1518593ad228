package dk.radhus.strategy.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.platform.problem.ProblemException;
import dk.radhus.strategy.Department;
import dk.radhus.strategy.rest.DepartmentRequest;

/** Departments: reference data maintained by admin. */
@ApplicationScoped
public class DepartmentService {

    private final AuditLog audit;

    public DepartmentService(AuditLog audit) {
        this.audit = audit;
    }

    @Transactional
    public Department create(DepartmentRequest request, String actor) {
        if (Department.findByIdOptional(request.code()).isPresent()) {
            throw ProblemException.conflict("Afdelingen " + request.code() + " findes allerede.");
        }
        Department department = new Department();
        department.code = request.code();
        apply(department, request);
        department.persist();
        audit.record(actor, "CREATE", "Department", department.code, department.name);
        return department;
    }

    @Transactional
    public Department update(String code, DepartmentRequest request, String actor) {
        if (!code.equals(request.code())) {
            throw ProblemException.invalidField("code", "skal være den samme som i adressen");
        }
        Department department = Department.<Department>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("Afdelingen " + code + " findes ikke."));
        apply(department, request);
        audit.record(actor, "UPDATE", "Department", code, department.name + (department.active ? "" : " (inaktiv)"));
        return department;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Department> all() {
        return Department.listByCode();
    }

    private static void apply(Department department, DepartmentRequest request) {
        department.name = request.name().strip();
        department.active = request.active() == null || request.active();
    }
}
